package cn.xiaoan.people;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password check of the login form and the API login. A check is only made after it
 * has reserved one of the account's attempts of the window in one conditional update
 * ({@link LoginLockout#reserve}), so forty wrong passwords sent at once check at most
 * five and the rest are refused as locked without a hash computed.
 */
@Component
class LockoutAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginLockout lockout;

	LockoutAuthenticationProvider(AccountDirectory accounts, PasswordEncoder encoder, LoginLockout lockout) {
		super(accounts);
		setPasswordEncoder(encoder);
		this.lockout = lockout;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken login)
			throws AuthenticationException {
		if (login.getCredentials() != null && PasswordRules.tooLongForHash(login.getCredentials().toString())) {
			// No stored password is that long; refused like any wrong one, counted too.
			if (!lockout.reserve(user.getUsername())) {
				throw new LockedException("locked");
			}
			throw new BadCredentialsException("bad credentials");
		}
		if (!lockout.reserve(user.getUsername())) {
			throw new LockedException("locked");
		}
		boolean checked = false;
		try {
			super.additionalAuthenticationChecks(user, login);
			checked = true;
		}
		catch (BadCredentialsException ex) {
			checked = true;
			throw ex;
		}
		finally {
			if (!checked) {
				// Overload or an error before the hash was compared: the attempt was not
				// used.
				lockout.release(user.getUsername());
			}
		}
	}

}
