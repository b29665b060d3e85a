package cn.xiaoan.people;

import java.util.Set;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

/**
 * What an account is given: a role, a data scope and, for a partner department, the kinds
 * of data shared with it. Holds the one rule of account administration — nobody gives
 * more than they hold:
 * <ol>
 * <li>only an account administrator (ACCOUNT_ADMIN) gives or changes accounts, and only
 * the system administrator makes a system administrator;</li>
 * <li>the scope given lies within the giver's scope (a county bureau gives its county,
 * its townships and its schools; a principal only their school);</li>
 * <li>every permission given is held by the giver. A bureau administrator runs the
 * schools below it, so for an account at one of those schools it may give what a
 * principal holds. Seeing one's own records (SELF_SERVICE) is no power over others and is
 * not compared;</li>
 * <li>data kinds go to partner departments only, and a partner gets at least one.</li>
 * </ol>
 * The same rule decides whether an existing account may be managed at all (disabled,
 * unlocked, reset, changed): the caller must be able to give what it has now.
 */
record AccountGrant(Role role, DataScope scope, Set<DataKind> dataKinds) {

	AccountGrant {
		dataKinds = dataKinds == null ? Set.of() : Set.copyOf(dataKinds);
	}

	/**
	 * The grant of a role at a region (bureau and partner roles) or at a school (school
	 * roles, with the school's region code); the system administrator's scope is all.
	 */
	static AccountGrant of(Role role, String regionCode, Long schoolId, Set<DataKind> dataKinds) {
		DataScope scope = switch (role.kind()) {
			case SYSTEM -> DataScope.all();
			case BUREAU -> DataScope.region(RegionCode.of(regionCode));
			case SCHOOL -> DataScope.school(schoolId, regionCode);
			case SELF -> DataScope.self(schoolId, regionCode);
		};
		return new AccountGrant(role, scope, dataKinds);
	}

	/** Students and parents come from the student import, not from an administrator. */
	static boolean creatable(Role role) {
		return role.kind() != Role.Kind.SELF;
	}

	/** The caller this grant would make. */
	CurrentUser asCaller() {
		return new CurrentUser(0, "", "", role, scope, null, false, dataKinds);
	}

	/**
	 * Why the caller may not give this grant: the field and message key of the first rule
	 * broken, or null if it may.
	 */
	Refusal refusalFor(CurrentUser giver) {
		if (!giver.can(Permission.ACCOUNT_ADMIN)) {
			return new Refusal("role", "account.grant.notadmin");
		}
		if (role == Role.SYSTEM_ADMIN && giver.role() != Role.SYSTEM_ADMIN) {
			return new Refusal("role", "account.role.notallowed");
		}
		if (role.isPartner() && dataKinds.isEmpty()) {
			return new Refusal("dataKinds", "account.datakinds.required");
		}
		if (!role.isPartner() && !dataKinds.isEmpty()) {
			return new Refusal("dataKinds", "account.datakinds.partnersonly");
		}
		if (!within(giver.scope())) {
			return new Refusal(scope.kind() == DataScope.Kind.REGION ? "regionCode" : "schoolId",
					"account.scope.outside");
		}
		CurrentUser given = asCaller();
		boolean runsSchoolsBelow = scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL
				&& giver.scope().kind() != DataScope.Kind.SCHOOL;
		CurrentUser schoolAdministrator = new CurrentUser(0, "", "", Role.PRINCIPAL, scope, null, false);
		for (Permission p : Permission.declared()) {
			if (p != Permission.SELF_SERVICE && given.can(p) && !giver.can(p)
					&& !(runsSchoolsBelow && schoolAdministrator.can(p))
					&& !(role.isPartner() && p.isPartnerAction())) {
				return new Refusal("role", "account.role.notallowed");
			}
		}
		return null;
	}

	/** Does the giver's scope contain this grant's scope? */
	private boolean within(DataScope giver) {
		return switch (scope.kind()) {
			case ALL -> giver.kind() == DataScope.Kind.ALL;
			case REGION -> giver.coversRegion(RegionCode.fromPrefix(scope.regionPrefix()).value());
			case SCHOOL, SELF -> scope.schoolId() != null && giver.coversSchool(scope.schoolId(), scope.schoolRegion());
		};
	}

	record Refusal(String field, String messageKey) {
	}

}
