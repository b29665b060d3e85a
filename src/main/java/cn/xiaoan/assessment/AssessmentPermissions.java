package cn.xiaoan.assessment;

import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

/**
 * Who assesses: the education bureaus (their safety officers act as inspectors, 督学); a
 * school's leaders read and answer the 约谈 addressed to their school and nothing else.
 * Partners, third-party assessors included, change nothing here (ADR 0054).
 */
final class AssessmentPermissions {

	static final Permission MANAGE = Permission.grantedTo("ASSESSMENT_MANAGE", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	static final Permission ANSWER = Permission.grantedTo("ASSESSMENT_ANSWER", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER);

	private AssessmentPermissions() {
	}

}
