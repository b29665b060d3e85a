package cn.xiaoan.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in caller as every module API sees it: account, role, data scope and, for
 * staff, students and parents, the person record the account belongs to. A partner
 * department's account also carries the {@link DataKind}s shared with it.
 */
public record CurrentUser(long accountId, String username, String displayName, Role role, DataScope scope,
		Long personId, boolean mustChangePassword, Set<DataKind> dataKinds) implements Serializable {

	public CurrentUser {
		dataKinds = dataKinds == null ? Set.of() : Set.copyOf(dataKinds);
	}

	/** A caller without shared data kinds (every role but the partners). */
	public CurrentUser(long accountId, String username, String displayName, Role role, DataScope scope, Long personId,
			boolean mustChangePassword) {
		this(accountId, username, displayName, role, scope, personId, mustChangePassword, Set.of());
	}

	/**
	 * The one place a permission is decided: the role must hold it, and a partner
	 * department must in addition have been granted the kind of data it reads.
	 */
	public boolean can(Permission permission) {
		return role.can(permission)
				&& (!role.isPartner() || (permission.dataKind() != null && dataKinds.contains(permission.dataKind())));
	}

	/**
	 * May the caller read the names of staff (reporters, rectifiers, inspectors…)?
	 * Partner departments may not: no {@link DataKind} shares personal data with them
	 * (ADR 0012), so the records they read drop those names.
	 */
	public boolean seesStaffNames() {
		return !role.isPartner();
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
		return new CurrentUser(accountId, username, displayName, role, scope, personId, false, dataKinds);
	}

}
