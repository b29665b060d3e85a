package cn.xiaoan.people;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five password checks without a success within fifteen minutes lock an account for
 * fifteen minutes; every attempt is announced.
 */
@Component
class LoginLockout {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AccountRevocation revocation;

	private final UnknownNameAttempts unknownNames;

	LoginLockout(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, AccountRevocation revocation,
			UnknownNameAttempts unknownNames) {
		this.revocation = revocation;
		this.unknownNames = unknownNames;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
			return;
		}
		// One statement on the hot path of a sign-in burst: reset, stamp and read the
		// scope.
		Where where = jdbc
			.sql("""
					update people.account set failed_attempts = 0, attempts_since = null, locked_until = null, last_login_at = :now
					 where id = :id returning id, region_code, school_id, display_name, role""")
			.param("now", now())
			.param("id", principal.user().accountId())
			.query(Where::map)
			.optional()
			.orElse(null);
		events.publishEvent(new LoginAttempted(principal.getUsername(), principal.user().accountId(), "SUCCESS",
				ip(event.getAuthentication()), where == null ? null : where.regionCode(),
				where == null ? null : where.schoolId(), where == null ? "" : where.displayName(),
				where == null ? "" : where.role()));
	}

	/**
	 * Reserves one password check of the account's window in one conditional update: at
	 * most {@link #MAX_FAILURES} per window however many attempts arrive at once; none
	 * while the account is locked. A window ends {@link #LOCK} after its first check.
	 * Answers whether the check may go ahead.
	 */
	@Transactional
	public boolean reserve(String username) {
		OffsetDateTime now = now();
		return jdbc.sql("""
				update people.account
				   set failed_attempts = case when attempts_since is null or attempts_since <= :windowStart then 1
				                              else failed_attempts + 1 end,
				       attempts_since = case when attempts_since is null or attempts_since <= :windowStart then :now
				                             else attempts_since end
				 where username = :u and (locked_until is null or locked_until <= :now)
				   and (attempts_since is null or attempts_since <= :windowStart or failed_attempts < :max)""")
			.param("now", now)
			.param("windowStart", now.minus(LOCK))
			.param("max", MAX_FAILURES)
			.param("u", username.trim())
			.update() == 1;
	}

	private Where account(String username) {
		return jdbc.sql("""
				select id, region_code, school_id, display_name, role, false as locked_out
				  from people.account where username = :u""")
			.param("u", username.trim())
			.query(Where::map)
			.optional()
			.orElse(null);
	}

	/** Gives a reserved check back when the password was never compared (overload). */
	@Transactional
	public void release(String username) {
		jdbc.sql("update people.account set failed_attempts = greatest(failed_attempts - 1, 0) where username = :u")
			.param("u", username.trim())
			.update();
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		String outcome = event instanceof AuthenticationFailureLockedEvent ? "LOCKED" : "BAD_CREDENTIALS";
		Where where;
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			// The check was reserved (and counted) beforehand; the failure that used the
			// window's last check locks the account, and its sessions end. The condition
			// is in the WHERE, so of two failures finishing at once only one locks.
			OffsetDateTime now = now();
			where = jdbc
				.sql("""
						update people.account
						   set locked_until = :until, sessions_valid_after = :now, attempts_since = null, failed_attempts = 0
						 where username = :u and failed_attempts >= :max
						returning id, region_code, school_id, display_name, role, true as locked_out""")
				.param("max", MAX_FAILURES)
				.param("now", now)
				.param("until", now.plus(LOCK))
				.param("u", username.trim())
				.query(Where::map)
				.optional()
				.orElseGet(() -> account(username));
			if (where != null && where.lockedOut()) {
				outcome = "LOCKED_OUT";
				revocation.forgetCachedAccounts();
			}
		}
		else {
			where = account(username);
		}
		if ((where == null && event instanceof AuthenticationFailureBadCredentialsEvent)
				|| event instanceof AuthenticationFailureDisabledEvent) {
			// no enabled account of that name: counted apart, so the page answers alike
			unknownNames.failed(username);
		}
		events.publishEvent(
				new LoginAttempted(username, where == null ? null : where.id(), outcome, ip(event.getAuthentication()),
						where == null ? null : where.regionCode(), where == null ? null : where.schoolId(),
						where == null ? "" : where.displayName(), where == null ? "" : where.role()));
	}

	/** The account an attempt concerns: id and scope for the audit entry. */
	private record Where(long id, String regionCode, Long schoolId, String displayName, String role,
			boolean lockedOut) {

		static Where map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
			boolean lockedOut = rs.getMetaData().getColumnCount() > 5 && rs.getBoolean(6);
			return new Where(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4), rs.getString(5),
					lockedOut);
		}

	}

	private OffsetDateTime now() {
		// Milliseconds: a session's sign-in time is compared with the lockout instant.
		return OffsetDateTime.ofInstant(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
				ZoneOffset.UTC);
	}

	private static String ip(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
	}

}
