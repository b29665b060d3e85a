package cn.xiaoan.care;

import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

/**
 * The care module's permissions. They open doors only: who may read a student's file is
 * decided per student by {@link CareAccess} (the pair, the head teacher, the safety
 * office, the counsellors), never by the role alone.
 */
final class CarePermissions {

	/**
	 * Be paired with students and record care visits: every school post (一岗双带), the role
	 * alone reaches nothing.
	 */
	static final Permission CARE_RECORD = Permission.grantedTo("CARE_RECORD", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER, Role.GUARD);

	/**
	 * Confirm pairs and see a class's pairing: head teachers, principal, safety office.
	 */
	static final Permission CARE_PAIR = Permission.grantedTo("CARE_PAIR", Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER,
			Role.HEAD_TEACHER);

	/** See the counts (paired %, records per month, overdue follow-ups). */
	static final Permission CARE_COUNTS = Permission.grantedTo("CARE_COUNTS", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	private CarePermissions() {
	}

}
