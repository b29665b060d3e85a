package cn.xiaoan.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

/** An account as stored; knows the caller it becomes at sign-in. */
record AccountRow(long id, String username, String passwordHash, String displayName, Role role, String regionCode,
		Long schoolId, Long personId, boolean mustChangePassword, int failedAttempts, Instant lockedUntil,
		boolean enabled, Instant lastLoginAt, Set<DataKind> dataKinds, Instant passwordChangedAt) {

	static final String COLUMNS = "id, username, password_hash, display_name, role, region_code, school_id, person_id, "
			+ "must_change_password, failed_attempts, locked_until, enabled, last_login_at, data_kinds, password_changed_at";

	static AccountRow map(ResultSet rs, int n) throws SQLException {
		return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("region_code"),
				(Long) rs.getObject("school_id"), (Long) rs.getObject("person_id"),
				rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
				instant(rs.getObject("locked_until", OffsetDateTime.class)), rs.getBoolean("enabled"),
				instant(rs.getObject("last_login_at", OffsetDateTime.class)), kinds(rs.getString("data_kinds")),
				instant(rs.getObject("password_changed_at", OffsetDateTime.class)));
	}

	/** The stored form of data kinds: their names, comma-separated. */
	static Set<DataKind> kinds(String stored) {
		Set<DataKind> kinds = EnumSet.noneOf(DataKind.class);
		if (stored != null) {
			for (String name : stored.split(",")) {
				if (!name.isBlank()) {
					kinds.add(DataKind.valueOf(name.trim()));
				}
			}
		}
		return kinds;
	}

	static String stored(Set<DataKind> kinds) {
		return kinds.stream().sorted().map(DataKind::name).collect(Collectors.joining(","));
	}

	private static Instant instant(OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}

	DataScope scope() {
		return switch (role.kind()) {
			case SYSTEM -> DataScope.all();
			case BUREAU -> DataScope.region(RegionCode.of(regionCode));
			case SCHOOL -> DataScope.school(schoolId, regionCode);
			case SELF -> DataScope.self(schoolId, regionCode);
		};
	}

	CurrentUser toCurrentUser() {
		return toCurrentUser(mustChangePassword);
	}

	/** The caller at sign-in, who may have to change an expired password first. */
	CurrentUser toCurrentUser(boolean mustChange) {
		return new CurrentUser(id, username, displayName, role, scope(), personId, mustChange, dataKinds);
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
