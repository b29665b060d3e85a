package cn.xiaoan.bullying;

import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

/**
 * The bullying module's permissions. They open doors only: who reads a case is decided
 * per case by {@link BullyingAccess} (the school's committee, the county's office), never
 * by the role alone. No partner department holds any of them.
 */
final class BullyingPermissions {

	/** Report a case with an account: school staff, students and parents. */
	static final Permission BULLYING_REPORT = Permission.grantedTo("BULLYING_REPORT", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER, Role.GUARD, Role.STUDENT, Role.PARENT);

	/**
	 * Sit on a school's committee (the principal chairs it; members are named) or a
	 * county's office (named): the role alone reaches no case.
	 */
	static final Permission BULLYING_HANDLE = Permission.grantedTo("BULLYING_HANDLE", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER, Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER);

	/** Counts and anonymised summaries (initials, kind, state, dates). */
	static final Permission BULLYING_COUNTS = Permission.grantedTo("BULLYING_COUNTS", Role.PRINCIPAL, Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	/**
	 * Name the committee (the principal) or the county office (the county's
	 * administrator).
	 */
	static final Permission BULLYING_NAME = Permission.grantedTo("BULLYING_NAME", Role.PRINCIPAL, Role.BUREAU_ADMIN);

	private BullyingPermissions() {
	}

}
