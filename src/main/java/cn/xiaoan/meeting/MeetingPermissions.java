package cn.xiaoan.meeting;

import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

/**
 * Who reads and who records meetings: the education bureaus at every level, townships
 * included (a township's account is a bureau account of the township). Schools and
 * partner departments read none; they answer the tasks assigned to them (ADR 0032).
 */
final class MeetingPermissions {

	static final Permission READ = Permission.grantedTo("MEETING_READ", Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER);

	static final Permission MANAGE = Permission.grantedTo("MEETING_MANAGE", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	private MeetingPermissions() {
	}

}
