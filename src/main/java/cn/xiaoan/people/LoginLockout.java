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
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five failed logins in a row lock an account for fifteen minutes; every attempt is
 * announced.
 */
@Component
class LoginLockout {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LoginLockout(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
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
		jdbc.sql(
				"update people.account set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
			.param("now", now())
			.param("id", principal.user().accountId())
			.update();
		AccountRow row = find(principal.getUsername());
		events.publishEvent(new LoginAttempted(principal.getUsername(), principal.user().accountId(), "SUCCESS",
				ip(event.getAuthentication()), row == null ? null : row.regionCode(),
				row == null ? null : row.schoolId()));
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		AccountRow row = find(username);
		String outcome = event instanceof AuthenticationFailureLockedEvent ? "LOCKED" : "BAD_CREDENTIALS";
		if (row != null && event instanceof AuthenticationFailureBadCredentialsEvent) {
			int failures = row.failedAttempts() + 1;
			if (failures >= MAX_FAILURES) {
				jdbc.sql("update people.account set failed_attempts = 0, locked_until = :until where id = :id")
					.param("until", now().plus(LOCK))
					.param("id", row.id())
					.update();
				outcome = "LOCKED_OUT";
			}
			else {
				jdbc.sql("update people.account set failed_attempts = :f where id = :id")
					.param("f", failures)
					.param("id", row.id())
					.update();
			}
		}
		events.publishEvent(
				new LoginAttempted(username, row == null ? null : row.id(), outcome, ip(event.getAuthentication()),
						row == null ? null : row.regionCode(), row == null ? null : row.schoolId()));
	}

	private AccountRow find(String username) {
		return jdbc.sql("select " + AccountRow.COLUMNS + " from people.account where username = :u")
			.param("u", username)
			.query(AccountRow::map)
			.optional()
			.orElse(null);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static String ip(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
	}

}
