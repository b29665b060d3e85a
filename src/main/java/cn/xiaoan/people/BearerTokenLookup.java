package cn.xiaoan.people;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.xiaoan.platform.BearerTokens;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Caches;
import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves an API bearer token to the account it acts as. Bearer token (its hash) → the
 * account, cached for 30 s: an app client sends its token with every request (a read of a
 * few rows each otherwise). A token is refused while its account is locked out, and
 * revoked when its password is changed or reset or it is disabled. A revocation or
 * lockout on this instance clears the cache at once; elsewhere in a cluster within 30 s.
 */
@Component
class BearerTokenLookup implements BearerTokens {

	private final Cache<String, Optional<CurrentUser>> tokens;

	private final Set<String> used = ConcurrentHashMap.newKeySet();

	private final JdbcClient jdbc;

	private final Clock clock;

	BearerTokenLookup(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.tokens = Caches.expiring(meters, "people.bearer-tokens", Duration.ofSeconds(30), 200_000);
	}

	/** Forgets every cached token (after a revocation). */
	void clear() {
		tokens.invalidateAll();
	}

	/**
	 * Called by the bearer token filter, outside any transaction: no transaction advice
	 * (its suspend-and-resume cost about 2 % of a quiz submission's CPU; ADR 0086).
	 */
	@Override
	public Optional<CurrentUser> authenticate(String token) {
		if (token == null || !token.startsWith("xa_") || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.get(AccountManagement.sha256(token), this::lookUp);
	}

	/**
	 * The token's account, noting its use (at most once per cache period, hence not on
	 * every request).
	 */
	private Optional<CurrentUser> lookUp(String hash) {
		Optional<AccountRow> row = jdbc.sql("select " + prefixed() + """
				 from people.api_token t join people.account a on a.id = t.account_id
				where t.token_hash = :h and not t.revoked and t.expires_at > :now and a.enabled
				  and (a.locked_until is null or a.locked_until <= :now)""")
			.param("h", hash)
			.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.query(AccountRow::map)
			.optional();
		row.ifPresent(a -> used.add(hash));
		return row.map(AccountRow::toCurrentUser);
	}

	/**
	 * Notes the tokens used in the last 5 s in one statement, not a write per request.
	 */
	@Scheduled(fixedDelay = 5_000)
	@Transactional
	public void noteTokenUse() {
		if (used.isEmpty()) {
			return;
		}
		List<String> hashes = List.copyOf(used);
		used.removeAll(hashes);
		jdbc.sql("update people.api_token set last_used_at = now() where token_hash = any(:h)")
			.param("h", hashes.toArray(String[]::new))
			.update();
	}

	private static String prefixed() {
		return "a." + AccountRow.COLUMNS.replace(", ", ", a.");
	}

}
