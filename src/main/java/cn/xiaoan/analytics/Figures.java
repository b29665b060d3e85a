package cn.xiaoan.analytics;

import java.util.Collection;
import java.util.Map;

import cn.xiaoan.hazard.HazardMonthCount;

/**
 * The headline figures of the hazards found in a period: all of them — {@code elsewhere}
 * of them kept by the installations below (四级联网) — those done (verified or closed) and
 * still open today, the major ones, and the median whole days from finding to closing of
 * the closed ones (null when none is). A hazard kept below counts by the state its
 * installation last sent up (ADR 0066).
 */
public record Figures(long hazards, long done, long open, long major, Double medianDaysToClose, long elsewhere) {

	static final Figures NONE = new Figures(0, 0, 0, 0, null, 0);

	static Figures of(Collection<HazardMonthCount> counts, Map<Integer, Long> daysToClose,
			Collection<FiguresElsewhere.HazardCount> kept) {
		long hazards = 0;
		long done = 0;
		long major = 0;
		for (HazardMonthCount c : counts) {
			hazards += c.hazards();
			done += c.done() ? c.hazards() : 0;
			major += c.major() ? c.hazards() : 0;
		}
		long elsewhere = 0;
		for (FiguresElsewhere.HazardCount c : kept) {
			elsewhere += c.hazards();
			done += c.done() ? c.hazards() : 0;
			major += c.major() ? c.hazards() : 0;
		}
		long all = hazards + elsewhere;
		return new Figures(all, done, all - done, major, median(daysToClose), elsewhere);
	}

	/** The hazards of this platform. */
	public long here() {
		return hazards - elsewhere;
	}

	/** Rectified ÷ found, in percent; 0 when nothing was found. */
	public double rectificationRate() {
		return hazards == 0 ? 0 : Math.round(1000.0 * done / hazards) / 10.0;
	}

	/** The change from {@code before} in percent of it, or null when it was 0. */
	public Double changeFrom(Figures before) {
		return before.hazards == 0 ? null : Math.round(1000.0 * (hazards - before.hazards) / before.hazards) / 10.0;
	}

	/**
	 * The middle of the histogram days → hazards (the lower middle for an even count).
	 */
	static Double median(Map<Integer, Long> days) {
		long total = days.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return null;
		}
		long rank = (total + 1) / 2;
		long seen = 0;
		for (Map.Entry<Integer, Long> e : new java.util.TreeMap<>(days).entrySet()) {
			seen += e.getValue();
			if (seen >= rank) {
				return (double) e.getKey();
			}
		}
		return null;
	}

}
