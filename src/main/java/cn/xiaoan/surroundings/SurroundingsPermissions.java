package cn.xiaoan.surroundings;

import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

/**
 * The surroundings permissions. They open doors only: which venue, case or post a caller
 * reaches is decided by its scope (a region, a school near the venue) and, for a partner,
 * by its department.
 */
public final class SurroundingsPermissions {

	/**
	 * Read the register, cases and posts of the scope (partners granted the kind too).
	 */
	public static final Permission READ = Permission.readOf(DataKind.SURROUNDINGS, "SURROUNDINGS_READ",
			Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER,
			Role.HEAD_TEACHER, Role.TEACHER, Role.GUARD);

	/** Record a venue or issue around a school: the bureaus and the school's staff. */
	public static final Permission REPORT = Permission.grantedTo("SURROUNDINGS_REPORT", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	/**
	 * Keep the register: set school gates, confirm or reopen a case, record the answer of
	 * a department without an account.
	 */
	public static final Permission MANAGE = Permission.grantedTo("SURROUNDINGS_MANAGE", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	/** A partner department closes a case assigned to it, with evidence. */
	public static final Permission ACT = Permission.partnerActionOf(DataKind.SURROUNDINGS, "SURROUNDINGS_CASE_ACT",
			Role.MARKET_SUPERVISION_LIAISON, Role.TRANSPORT_LIAISON, Role.POLICE_LIAISON);

	/** Plan a school's guard posts (and set its gate): the school's leaders. */
	public static final Permission POSTS = Permission.grantedTo("SURROUNDINGS_POSTS", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER);

	/** Check in at a guard post of one's school. */
	public static final Permission CHECK_IN = Permission.grantedTo("SURROUNDINGS_CHECK_IN", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER, Role.GUARD);

	private SurroundingsPermissions() {
	}

}
