package cn.xiaoan.people;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks accounts up for the login form; an administrator whose password has expired signs
 * in to change it first.
 */
@Component
class AccountDirectory implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PasswordExpiry expiry;

	AccountDirectory(JdbcClient jdbc, Clock clock, PasswordExpiry expiry) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.expiry = expiry;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountRow row = jdbc.sql("select " + AccountRow.COLUMNS + " from people.account where username = :u")
			.param("u", username == null ? "" : username.trim())
			.query(AccountRow::map)
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		boolean mustChange = row.mustChangePassword() || expiry.expired(row).isPresent();
		return new AccountPrincipal(row.toCurrentUser(mustChange), row.passwordHash(), row.enabled(),
				row.lockedAt(clock.instant()));
	}

}
