package cn.xiaoan.analytics;

import java.util.Collection;
import java.util.Map;

import cn.xiaoan.hazard.HazardMonthCount;

/**
 * The headline figures of the hazards found in a period: all of them, those done
 * (verified or closed) and still open today, the major ones, and the median whole days
 * from finding to closing of those closed (null when none is).
 */
public record Figures(long hazards, long done, long open, long major, Double medianDaysToClose) {

	static final Figures NONE = new Figures(0, 0, 0, 0, null);

	static Figures of(Collection<HazardMonthCount> counts, Map<Integer, Long> daysToClose) {
		long hazards = 0;
		long done = 0;
		long major = 0;
		for (HazardMonthCount c : counts) {
			hazards += c.hazards();
			done += c.done() ? c.hazards() : 0;
			major += c.major() ? c.hazards() : 0;
		}
		return new Figures(hazards, done, hazards - done, major, median(daysToClose));
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
