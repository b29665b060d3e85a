package cn.xiaoan.platform;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many sign-ins at once: the password could not be checked now. Answered with 429 and
 * {@code Retry-After}; not a failed attempt (no lockout count, no audit entry).
 */
class LoginOverloaded extends AuthenticationException {

	/** Where an overloaded form sign-in is forwarded: the login page again, with 429. */
	static final String BUSY_PAGE = "/login/busy";

	/** The request attribute carrying the seconds this refusal booked. */
	static final String RETRY_SECONDS = LoginOverloaded.class.getName() + ".retrySeconds";

	private final long retryAfterSeconds;

	LoginOverloaded(long retryAfterSeconds) {
		super("too many sign-ins at once");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	/**
	 * Shows a form sign-in the login page again, with the seconds this refusal booked
	 * (asking the gate again would book a second return).
	 */
	void showLoginPageAgain(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		request.setAttribute(RETRY_SECONDS, retryAfterSeconds);
		request.getRequestDispatcher(BUSY_PAGE).forward(request, response);
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
