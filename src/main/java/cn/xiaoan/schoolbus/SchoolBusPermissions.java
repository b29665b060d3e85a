package cn.xiaoan.schoolbus;

import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

/**
 * The school-bus permissions. They open doors only: which run's children a caller sees is
 * decided per run (the escort, the head teacher of a child's class, the school's
 * leaders).
 */
final class SchoolBusPermissions {

	/** See the ledger, permits and counts of the scope (partners: without names). */
	static final Permission READ = Permission.readOf(DataKind.SCHOOL_BUSES, "SCHOOLBUS_READ", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	/** Register the school's vehicles, drivers, escorts and routes; apply for permits. */
	static final Permission MANAGE = Permission.grantedTo("SCHOOLBUS_MANAGE", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER);

	/**
	 * Check children on and off a bus: the role alone reaches only the runs one escorts.
	 */
	static final Permission ESCORT = Permission.grantedTo("SCHOOLBUS_ESCORT", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER, Role.GUARD);

	/**
	 * The education bureau's part of a permit: forward, give its opinion, record the
	 * government's decision.
	 */
	static final Permission PERMIT_REVIEW = Permission.grantedTo("SCHOOLBUS_PERMIT_REVIEW", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	/** Police traffic and transport answer a permit forwarded to them. */
	static final Permission PERMIT_ANSWER = Permission.partnerActionOf(DataKind.SCHOOL_BUSES, "SCHOOLBUS_PERMIT_ANSWER",
			Role.POLICE_LIAISON, Role.TRANSPORT_LIAISON);

	/** Load the year's official holidays and make-up working days: the administrator. */
	static final Permission CALENDAR = Permission.grantedTo("SCHOOLBUS_CALENDAR");

	private SchoolBusPermissions() {
	}

}
