package cn.xiaoan.people;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends what an account has signed in with: its sessions (at their next request) and its
 * bearer tokens, on a password change, a reset by an administrator and a disable; a
 * lockout ends the sessions and refuses the tokens while it lasts.
 */
@Component
class AccountRevocation {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final BearerTokenLookup tokens;

	private final SignedInAccountCheck signedIn;

	AccountRevocation(JdbcClient jdbc, Clock clock, BearerTokenLookup tokens, SignedInAccountCheck signedIn) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.tokens = tokens;
		this.signedIn = signedIn;
	}

	/**
	 * Ends every session signed in before now and revokes every bearer token of the
	 * account; answers the instant from which a session counts as signed in afterwards.
	 */
	Instant revokeAll(long accountId) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		jdbc.sql("update people.account set sessions_valid_after = :now where id = :id")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("id", accountId)
			.update();
		jdbc.sql("update people.api_token set revoked = true where account_id = :id and not revoked")
			.param("id", accountId)
			.update();
		forgetCachedAccounts();
		return now;
	}

	/**
	 * The cached answers for sessions and tokens are forgotten now and again once the
	 * change is committed, so a request in between cannot cache the old state.
	 */
	void forgetCachedAccounts() {
		tokens.clear();
		signedIn.forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					tokens.clear();
					signedIn.forget();
				}
			});
		}
	}

}
