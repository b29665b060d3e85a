package cn.xiaoan.people;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import cn.xiaoan.platform.SignInRefusals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's answer after a refused password: the account's wrong passwords left
 * in its window, or when its lock lifts. A name without an enabled account is answered
 * from {@link UnknownNameAttempts}, in the same shape (ADR 0022).
 */
@Component
class SignInRefusalLookup implements SignInRefusals {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final UnknownNameAttempts unknown;

	SignInRefusalLookup(JdbcClient jdbc, Clock clock, UnknownNameAttempts unknown) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.unknown = unknown;
	}

	private record State(int failures, OffsetDateTime since, OffsetDateTime lockedUntil, boolean enabled) {
	}

	@Override
	public Refusal explain(String username) {
		State state = jdbc
			.sql("""
					select failed_attempts, attempts_since, locked_until, enabled from people.account where username = :u""")
			.param("u", username.trim())
			.query((rs, n) -> new State(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
					rs.getObject(3, OffsetDateTime.class), rs.getBoolean(4)))
			.optional()
			.orElse(null);
		if (state == null || !state.enabled()) {
			return unknown.state(username);
		}
		Instant now = clock.instant();
		if (state.lockedUntil() != null && state.lockedUntil().toInstant().isAfter(now)) {
			return new Refusal(0, state.lockedUntil().toInstant());
		}
		boolean inWindow = state.since() != null && state.since().toInstant().plus(LoginLockout.LOCK).isAfter(now);
		int left = inWindow ? LoginLockout.MAX_FAILURES - state.failures() : LoginLockout.MAX_FAILURES;
		return new Refusal(Math.max(left, 0), null);
	}

}
