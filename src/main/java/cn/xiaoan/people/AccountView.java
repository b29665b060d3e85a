package cn.xiaoan.people;

import java.time.Instant;

import cn.xiaoan.shared.Role;

/** An account as administrators see it. */
record AccountView(long id, String username, String displayName, Role role, String regionCode, Long schoolId,
		boolean mustChangePassword, boolean locked, boolean enabled, Instant lastLoginAt) {
}
