package cn.xiaoan.platform;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many sign-ins at once: the password could not be checked now. Answered with 429 and
 * {@code Retry-After}; not a failed attempt (no lockout count, no audit entry).
 */
class LoginOverloaded extends AuthenticationException {

	private final long retryAfterSeconds;

	LoginOverloaded(long retryAfterSeconds) {
		super("too many sign-ins at once");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
