package cn.xiaoan.opinion;

import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

/**
 * Who works on opinion cases: the safety leaders of bureaus and schools. Teachers,
 * guards, students and parents hold neither permission; partner departments hold none
 * either and reach only the tasks assigned to them (ADR 0028).
 */
final class OpinionPermissions {

	/** See the cases of the scope, their tasks, statements and timeline. */
	static final Permission READ = Permission.grantedTo("OPINION_READ", Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER,
			Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	/** Open cases, link departments, assign tasks, draft and publish statements. */
	static final Permission MANAGE = Permission.grantedTo("OPINION_MANAGE", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	private OpinionPermissions() {
	}

}
