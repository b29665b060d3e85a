package cn.xiaoan.shared;

import java.io.Serializable;

/**
 * The signed-in caller as every module API sees it: account, role, data scope and, for
 * staff, students and parents, the person record the account belongs to.
 */
public record CurrentUser(long accountId, String username, String displayName, Role role, DataScope scope,
		Long personId, boolean mustChangePassword) implements Serializable {

	public boolean can(Permission permission) {
		return role.can(permission);
	}

	/** Staff of one school (a school-scoped role). */
	public boolean atOneSchool() {
		return scope.kind() == DataScope.Kind.SCHOOL;
	}

	/** Throws {@link AccessDenied} unless the role has the permission. */
	public CurrentUser require(Permission permission) {
		if (!can(permission)) {
			throw new AccessDenied("missing permission " + permission);
		}
		return this;
	}

	/** Throws {@link AccessDenied} unless the scope reaches the school. */
	public void requireSchool(long schoolId, String schoolRegionCode) {
		if (!scope.coversSchool(schoolId, schoolRegionCode)) {
			throw new AccessDenied("school " + schoolId + " is outside the caller's scope");
		}
	}

	public CurrentUser withPasswordChanged() {
		return new CurrentUser(accountId, username, displayName, role, scope, personId, false);
	}

}
