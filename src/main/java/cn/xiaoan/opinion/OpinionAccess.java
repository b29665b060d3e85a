package cn.xiaoan.opinion;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who reaches a case: a team member holding the permission whose scope covers the case's
 * unit (a bureau above it, the opening school, a linked school); the opener's unit alone
 * sees full names. Also resolves the accounts a case names (approver, task owners) and
 * checks they belong to it. The one exception for partners — the owner of a task reaches
 * that task — is {@link OpinionTasks}'.
 */
@Component
class OpinionAccess {

	private static final Set<Role> APPROVER_ROLES = Set.of(Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER,
			Role.PRINCIPAL);

	private static final Set<Role> OWNER_ROLES = Set.of(Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER);

	private final OpinionCases store;

	private final UserDetailsService accounts;

	OpinionAccess(OpinionCases store, UserDetailsService accounts) {
		this.store = store;
		this.accounts = accounts;
	}

	/**
	 * The case for a team member holding {@code permission}; a case outside the caller's
	 * scope is not found, as one that does not exist.
	 */
	OpinionCase forTeam(long id, Permission permission, boolean lock) {
		CurrentUser caller = Callers.current();
		if (!caller.can(OpinionPermissions.READ)) {
			throw new cn.xiaoan.shared.AccessDenied("missing permission " + OpinionPermissions.READ);
		}
		OpinionCase c = store.load(id, lock);
		if (!covers(caller, c)) {
			throw new NotFound("opinion case", id);
		}
		caller.require(permission);
		return c;
	}

	boolean covers(CurrentUser caller, OpinionCase c) {
		DataScope scope = caller.scope();
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION -> c.regionCode.startsWith(scope.regionPrefix());
			case SCHOOL -> Objects.equals(c.schoolId, scope.schoolId()) || store.linked(c.id, scope.schoolId());
			case SELF -> false;
		};
	}

	/** The unit that opened the case: it alone sees the full names it chose to record. */
	static boolean openerUnit(CurrentUser caller, String regionCode, Long schoolId) {
		DataScope scope = caller.scope();
		if (schoolId != null) {
			return scope.kind() == DataScope.Kind.SCHOOL && schoolId.equals(scope.schoolId());
		}
		return scope.kind() == DataScope.Kind.REGION && RegionCode.of(regionCode).prefix().equals(scope.regionPrefix());
	}

	/** An enabled account by its user name, or a field error on {@code field}. */
	CurrentUser account(String username, String field) {
		try {
			UserDetails details = accounts.loadUserByUsername(username == null ? "" : username.trim());
			if (details.isEnabled() && details instanceof Callers.CurrentUserHolder holder) {
				return holder.currentUser();
			}
		}
		catch (UsernameNotFoundException ex) {
			// told as the field's error below
		}
		throw new BusinessRuleViolation(field, "opinion.account.unknown");
	}

	/**
	 * The named approver: a bureau leader of the case's region or above, or the principal
	 * of the opening or a linked school.
	 */
	static void requireApprover(CurrentUser approver, String regionCode, Long schoolId, Collection<Long> schools) {
		DataScope scope = approver.scope();
		boolean fits = APPROVER_ROLES.contains(approver.role())
				&& (scope.kind() == DataScope.Kind.REGION && regionCode.startsWith(scope.regionPrefix())
						|| scope.kind() == DataScope.Kind.SCHOOL
								&& (scope.schoolId().equals(schoolId) || schools.contains(scope.schoolId())));
		if (!fits) {
			throw new BusinessRuleViolation("approver", "opinion.approver.outside");
		}
	}

	/**
	 * A task's owner: an account of the case's region (above or below its unit, partner
	 * departments included) or of its school or a linked school — never a teacher, guard,
	 * student or parent.
	 */
	void requireOwner(CurrentUser owner, OpinionCase c) {
		DataScope scope = owner.scope();
		boolean role = OWNER_ROLES.contains(owner.role()) || owner.role().isPartner();
		boolean region = scope.kind() == DataScope.Kind.REGION && (c.regionCode.startsWith(scope.regionPrefix())
				|| scope.regionPrefix().startsWith(RegionCode.of(c.regionCode).prefix()));
		boolean school = scope.kind() == DataScope.Kind.SCHOOL
				&& (scope.schoolId().equals(c.schoolId) || store.linked(c.id, scope.schoolId()));
		if (!role || !(region || school)) {
			throw new BusinessRuleViolation("owner", "opinion.task.ownerOutside");
		}
	}

}
