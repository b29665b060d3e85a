package cn.xiaoan.people;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks accounts up for the login form. */
@Component
class AccountDirectory implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountDirectory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountRow row = jdbc.sql("select " + AccountRow.COLUMNS + " from people.account where username = :u")
			.param("u", username == null ? "" : username.trim())
			.query(AccountRow::map)
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return new AccountPrincipal(row.toCurrentUser(), row.passwordHash(), row.enabled(),
				row.lockedAt(clock.instant()));
	}

}
