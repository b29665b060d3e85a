package cn.xiaoan.opinion.bulk;

import java.time.Instant;

/**
 * For the demo: each step of a past case is taken through the module's API as it was
 * then, so its timeline reads as the days it took. The module reads the moment back; no
 * other module may use this interface.
 */
public final class OpinionHistory {

	private static final ThreadLocal<Instant> PLAYED_AT = new ThreadLocal<>();

	private OpinionHistory() {
	}

	/** Runs {@code step} with the opinion module's clock standing at {@code at}. */
	public static void at(Instant at, Runnable step) {
		PLAYED_AT.set(at);
		try {
			step.run();
		}
		finally {
			PLAYED_AT.remove();
		}
	}

	/** The moment being played, or null outside a demo story. */
	public static Instant playedAt() {
		return PLAYED_AT.get();
	}

}
