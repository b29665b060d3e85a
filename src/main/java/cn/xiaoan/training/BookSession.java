package cn.xiaoan.training;

/**
 * A booking: for a class ({@code classId}, the whole class comes) or for a head count
 * ({@code students}); {@code schoolId} may be left out by a school's own staff.
 */
public record BookSession(Long schoolId, Long classId, Integer students, String leadTeacher, String phone) {

	public BookSession {
		leadTeacher = FieldRules.trim(leadTeacher);
		phone = FieldRules.trim(phone);
	}

	void validate() {
		FieldRules rules = new FieldRules().text("leadTeacher", leadTeacher, true, 30).text("phone", phone, false, 30);
		if (classId == null) {
			rules.range("students", students, 1, 500);
		}
		rules.orThrow();
	}

}
