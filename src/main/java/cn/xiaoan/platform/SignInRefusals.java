package cn.xiaoan.platform;

import java.time.Instant;

/**
 * What the sign-in form may tell the person at it after a refused password, for the name
 * they typed; implemented by people. The answer has the same shape whether an account of
 * that name exists or not (ADR 0022), so the form is no username oracle.
 */
public interface SignInRefusals {

	/**
	 * @param attemptsLeft wrong passwords left before the name is locked (0 when locked)
	 * @param lockedUntil when a lock lifts, or null when not locked
	 */
	record Refusal(int attemptsLeft, Instant lockedUntil) {

		public boolean locked() {
			return lockedUntil != null;
		}

	}

	Refusal explain(String username);

}
