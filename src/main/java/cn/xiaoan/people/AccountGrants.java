package cn.xiaoan.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Turns a role with a region or school into an {@link AccountGrant} the caller may give:
 * the region must exist (org's regions) and the school lie in the caller's scope.
 */
@Component
class AccountGrants {

	private final OrgManagement org;

	AccountGrants(OrgManagement org) {
		this.org = org;
	}

	/** The roles the caller may give at all, for the form's choices. */
	public List<Role> grantableRoles() {
		CurrentUser caller = Callers.current().require(Permission.ACCOUNT_ADMIN);
		String home = caller.scope().homeRegion();
		String region = home.isEmpty() ? null : RegionCode.fromPrefix(home).value();
		Long school = caller.atOneSchool() ? caller.scope().schoolId() : Long.valueOf(-1);
		Set<DataKind> all = EnumSet.allOf(DataKind.class);
		return EnumSet.allOf(Role.class).stream().filter(AccountGrant::creatable).filter(role -> {
			if (role.kind() == Role.Kind.BUREAU && region == null) {
				return caller.role() == Role.SYSTEM_ADMIN;
			}
			AccountGrant probe = AccountGrant.of(role, region, school, role.isPartner() ? all : Set.of());
			return probe.refusalFor(caller) == null;
		}).toList();
	}

	/**
	 * Resolves a role's region or school (it must exist and lie in the caller's scope)
	 * and checks the rule.
	 */
	AccountGrant resolve(CurrentUser caller, Role role, String regionCode, Long schoolId, List<DataKind> dataKinds) {
		AccountGrant grant = switch (role.kind()) {
			case SYSTEM -> AccountGrant.of(role, null, null, Set.copyOf(dataKinds));
			case BUREAU -> {
				if (regionCode == null) {
					throw new BusinessRuleViolation("regionCode", "account.region.required");
				}
				if (!RegionCode.isValid(regionCode) || org.region(regionCode).isEmpty()) {
					throw new BusinessRuleViolation("regionCode", "account.region.unknown");
				}
				yield AccountGrant.of(role, regionCode, null, Set.copyOf(dataKinds));
			}
			case SCHOOL -> {
				if (schoolId == null) {
					throw new BusinessRuleViolation("schoolId", "account.school.required");
				}
				SchoolSummary school = org.findSchool(schoolId)
					.filter(s -> caller.scope().coversSchool(s.id(), s.regionCode()))
					.orElseThrow(() -> new BusinessRuleViolation("schoolId", "account.school.unknown"));
				yield AccountGrant.of(role, school.regionCode(), school.id(), Set.copyOf(dataKinds));
			}
			case SELF -> throw new BusinessRuleViolation("role", "account.role.notallowed");
		};
		AccountGrant.Refusal refusal = grant.refusalFor(caller);
		if (refusal != null) {
			throw new BusinessRuleViolation(refusal.field(), refusal.messageKey());
		}
		return grant;
	}

	static String regionOf(AccountGrant grant) {
		return switch (grant.scope().kind()) {
			case ALL -> null;
			case REGION -> RegionCode.fromPrefix(grant.scope().regionPrefix()).value();
			case SCHOOL, SELF -> grant.scope().schoolRegion();
		};
	}

}
