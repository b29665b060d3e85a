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
		validate(classId != null);
	}

	/** As a class booking ({@code byClass}: the class is required) or a head count. */
	void validate(boolean byClass) {
		FieldRules rules = new FieldRules().text("leadTeacher", leadTeacher, true, 30).text("phone", phone, false, 30);
		if (byClass) {
			rules.present("classId", classId);
		}
		else {
			rules.range("students", students, 1, 500);
		}
		rules.orThrow();
	}

}
