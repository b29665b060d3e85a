package cn.xiaoan.people;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Wrong passwords for a name no enabled account has, counted like an account's (five in a
 * window of fifteen minutes lock the name for fifteen minutes), so that the sign-in page
 * answers such a name exactly as it answers a real one (ADR 0022). Kept in memory and
 * bounded: forgetting them early only makes the page more lenient for names that sign no
 * one in.
 */
@Component
class UnknownNameAttempts {

	private static final int MAX_NAMES = 20_000;

	private record Window(int failures, Instant since, Instant lockedUntil) {
	}

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	UnknownNameAttempts(Clock clock) {
		this.clock = clock;
	}

	/** One more wrong password for the name (none while it is "locked"). */
	void failed(String username) {
		if (windows.size() >= MAX_NAMES) {
			windows.clear();
		}
		Instant now = clock.instant();
		windows.compute(key(username), (k, w) -> {
			if (w != null && w.lockedUntil() != null && w.lockedUntil().isAfter(now)) {
				return w;
			}
			if (w == null || w.lockedUntil() != null || !w.since().plus(LoginLockout.LOCK).isAfter(now)) {
				w = new Window(0, now, null);
			}
			int failures = w.failures() + 1;
			return failures >= LoginLockout.MAX_FAILURES ? new Window(0, w.since(), now.plus(LoginLockout.LOCK))
					: new Window(failures, w.since(), null);
		});
	}

	/** What the page says about the name now, as for an account in the same state. */
	cn.xiaoan.platform.SignInRefusals.Refusal state(String username) {
		Instant now = clock.instant();
		Window w = windows.get(key(username));
		if (w == null) {
			return new cn.xiaoan.platform.SignInRefusals.Refusal(LoginLockout.MAX_FAILURES, null);
		}
		if (w.lockedUntil() != null) {
			return w.lockedUntil().isAfter(now) ? new cn.xiaoan.platform.SignInRefusals.Refusal(0, w.lockedUntil())
					: new cn.xiaoan.platform.SignInRefusals.Refusal(LoginLockout.MAX_FAILURES, null);
		}
		boolean current = w.since().plus(LoginLockout.LOCK).isAfter(now);
		return new cn.xiaoan.platform.SignInRefusals.Refusal(
				current ? LoginLockout.MAX_FAILURES - w.failures() : LoginLockout.MAX_FAILURES, null);
	}

	private static String key(String username) {
		return username.trim();
	}

}
