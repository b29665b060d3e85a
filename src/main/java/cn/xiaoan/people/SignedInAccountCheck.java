package cn.xiaoan.people;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import cn.xiaoan.platform.SignedInAccounts;
import java.util.Set;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Caches;
import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers the session check with what the account is now (and whether its sessions were
 * ended after the session signed in). Kept for ten seconds, and forgotten at once on this
 * instance when an administrator changes an account, so a disabled account stops working
 * here at once and on the other instances within ten seconds.
 */
@Component
class SignedInAccountCheck implements SignedInAccounts {

	private record Now(boolean enabled, String role, String regionCode, Long schoolId, Set<DataKind> dataKinds,
			Instant sessionsValidAfter) {

		boolean sameAs(CurrentUser user, Instant signedInAt) {
			return enabled && role.equals(user.role().name()) && dataKinds.equals(user.dataKinds())
					&& sameScope(user.scope())
					&& (sessionsValidAfter == null || !signedInAt.isBefore(sessionsValidAfter));
		}

		private boolean sameScope(DataScope scope) {
			return switch (scope.kind()) {
				case ALL -> true;
				case REGION ->
					RegionCode.isValid(regionCode) && RegionCode.of(regionCode).prefix().equals(scope.regionPrefix());
				case SCHOOL, SELF -> Objects.equals(schoolId, scope.schoolId());
			};
		}

	}

	private final Cache<Long, Optional<Now>> accounts;

	private final JdbcClient jdbc;

	SignedInAccountCheck(JdbcClient jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.accounts = Caches.expiring(meters, "people.signed-in-accounts", Duration.ofSeconds(10), 200_000);
	}

	@Override
	public boolean unchangedSinceSignIn(CurrentUser user, Instant signedInAt) {
		return accounts
			.get(user.accountId(), id -> jdbc.sql("""
					select enabled, role, region_code, school_id, data_kinds, sessions_valid_after
					  from people.account where id = :id""")
				.param("id", id)
				.query((rs, n) -> new Now(rs.getBoolean(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
						AccountRow.kinds(rs.getString(5)), instant(rs.getObject(6, OffsetDateTime.class))))
				.optional())
			.filter(now -> now.sameAs(user, signedInAt))
			.isPresent();
	}

	private static Instant instant(OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}

	/** An administrator changed an account: ask the database again. */
	void forget() {
		accounts.invalidateAll();
	}

}
