package cn.xiaoan.platform;

import java.time.Instant;

import cn.xiaoan.shared.CurrentUser;
import jakarta.servlet.http.HttpSession;

/**
 * Whether a signed-in session's account still is what it was at sign-in: enabled, with
 * the same role and scope, and no password change, reset or lockout since; implemented by
 * people.
 */
public interface SignedInAccounts {

	/** The session attribute holding when the session signed in (epoch milliseconds). */
	String SIGNED_IN_AT = SignedInAccounts.class.getName() + ".signedInAt";

	boolean unchangedSinceSignIn(CurrentUser user, Instant signedInAt);

	/**
	 * Notes when the session signed in (or, after its own password change, from when it
	 * counts as signed in again).
	 */
	static void signedInAt(HttpSession session, Instant at) {
		session.setAttribute(SIGNED_IN_AT, at.toEpochMilli());
	}

	/** When the session signed in; a session without the note, when it was created. */
	static Instant signedInAt(HttpSession session) {
		return session.getAttribute(SIGNED_IN_AT) instanceof Long millis ? Instant.ofEpochMilli(millis)
				: Instant.ofEpochMilli(session.getCreationTime());
	}

}
