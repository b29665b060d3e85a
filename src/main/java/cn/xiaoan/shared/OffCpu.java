package cn.xiaoan.shared;

import java.util.function.Supplier;

/**
 * A request admitted to a limited number of running requests (the students' lane) hands
 * its place back while it only waits, e.g. for a group commit of the database (ADR 0065),
 * and takes it again to go on. Places bound the CPU a spike takes; a request waiting on
 * another process uses none, and holding its place meanwhile would leave the database
 * with fewer attempts to commit together than the lane admits.
 */
public final class OffCpu {

	/** The place a request holds, as its admission lets it go and take it again. */
	public interface Place {

		void leave();

		void retake();

	}

	private static final ThreadLocal<Place> PLACE = new ThreadLocal<>();

	private OffCpu() {
	}

	/** Runs {@code wait} without the caller's place, if it holds one. */
	public static <T> T waiting(Supplier<T> wait) {
		Place place = PLACE.get();
		if (place == null) {
			return wait.get();
		}
		// not held while away: a wait inside the wait leaves nothing a second time
		PLACE.remove();
		place.leave();
		try {
			return wait.get();
		}
		finally {
			place.retake();
			PLACE.set(place);
		}
	}

	/** The current thread holds {@code place} (null: none) until cleared. */
	public static void hold(Place place) {
		if (place == null) {
			PLACE.remove();
		}
		else {
			PLACE.set(place);
		}
	}

}
