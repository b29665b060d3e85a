package cn.xiaoan.hazard;

import java.util.List;
import java.util.Map;

/**
 * Ledger figures for a scope: counts by status, grade and category, rectification rate
 * (verified or closed ÷ all), overdue rate (overdue ÷ open), median days from finding to
 * closing, and the same figures for each region or school one level down.
 */
public record HazardStatistics(Figures total, Map<HazardStatus, Long> byStatus, Map<HazardGrade, Long> byGrade,
		Map<String, Long> byCategory, List<Row> below) {

	/** The headline figures of one scope or one row. */
	public record Figures(long hazards, long open, long major, long overdue, long fixed, Double medianDaysToClose) {

		public double rectificationRate() {
			return hazards == 0 ? 0 : 100.0 * fixed / hazards;
		}

		public double overdueRate() {
			return open == 0 ? 0 : 100.0 * overdue / open;
		}

	}

	/** A region or school one level down. */
	public record Row(String key, String name, Figures figures) {
	}

}
