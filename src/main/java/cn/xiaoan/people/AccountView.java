package cn.xiaoan.people;

import java.time.Instant;
import java.util.Set;

import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.Role;

/** An account as administrators see it (never its password hash). */
record AccountView(long id, String username, String displayName, Role role, String regionCode, Long schoolId,
		boolean mustChangePassword, boolean locked, boolean enabled, Instant lastLoginAt, Set<DataKind> dataKinds) {

	static AccountView of(AccountRow a, Instant now) {
		return new AccountView(a.id(), a.username(), a.displayName(), a.role(), a.regionCode(), a.schoolId(),
				a.mustChangePassword(), a.lockedAt(now), a.enabled(), a.lastLoginAt(), a.dataKinds());
	}

}
