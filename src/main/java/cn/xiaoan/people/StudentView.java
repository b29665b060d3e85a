package cn.xiaoan.people;

import java.time.LocalDate;

/**
 * A student as the caller may see them (ADR 0014): the ID-card number is masked to its
 * first four digits; {@code birthDate} is null for roles that see the birth year only.
 */
public record StudentView(long id, long schoolId, long classId, String studentNo, String name, String gender,
		LocalDate birthDate, Integer birthYear, String idCardMasked, boolean boarder) {

	StudentView withBirthYearOnly() {
		return new StudentView(id, schoolId, classId, studentNo, name, gender, null, birthYear, idCardMasked, boarder);
	}

	StudentView withStudentNo(String shown) {
		return new StudentView(id, schoolId, classId, shown, name, gender, birthDate, birthYear, idCardMasked, boarder);
	}

}
