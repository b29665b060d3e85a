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

	/**
	 * No stack trace: a refusal is an answer, not a fault, and a burst makes thousands of
	 * them a second (filling in the trace was the refusals' largest cost in a profile).
	 */
	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
