package cn.xiaoan.people;

import java.util.EnumSet;
import java.util.Set;

import cn.xiaoan.people.privacy.PersonalDataMask;
import cn.xiaoan.shared.Role;

/**
 * Which fields of a student each role sees, and which it may reveal (ADR 0014 counts the
 * candidates each combination leaves). Every page, API response and export goes through
 * {@link #forViewer}.
 */
final class StudentFields {

	/** Roles that see the full birth date; every other role sees the birth year. */
	private static final Set<Role> BIRTH_DATE = EnumSet.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER,
			Role.HEAD_TEACHER, Role.STUDENT, Role.PARENT);

	/** Roles whose own data it is: they see their own student number as it is. */
	private static final Set<Role> SELF = EnumSet.of(Role.STUDENT, Role.PARENT);

	/**
	 * The full ID number: the principal and the school safety officer, for student
	 * insurance claims and enrolment paperwork (学籍, 学生平安保险).
	 */
	static final Set<Role> REVEAL_ID_CARD = EnumSet.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	/**
	 * Guardians' full phone numbers: the head teacher calls a parent (absence, accident,
	 * 家校联系); the principal and safety officer in an emergency.
	 */
	static final Set<Role> REVEAL_GUARDIAN_PHONES = EnumSet.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER,
			Role.HEAD_TEACHER);

	private StudentFields() {
	}

	static StudentView forViewer(StudentView student, Role viewer) {
		StudentView shown = BIRTH_DATE.contains(viewer) ? student : student.withBirthYearOnly();
		return SELF.contains(viewer) ? shown : shown.withStudentNo(PersonalDataMask.studentNo(shown.studentNo()));
	}

}
