package cn.xiaoan.hazard;

import java.util.List;
import java.util.Map;

/**
 * Ledger figures for a scope over the hazards found in a period (null: since the start):
 * counts by status, grade and category, rectification rate (verified or closed ÷ all),
 * overdue rate (overdue ÷ open), median days from finding to closing, and the same
 * figures for each region or school one level down. Statuses are as of today.
 */
record HazardStatistics(HazardFigures total, Map<HazardStatus, Long> byStatus, Map<HazardGrade, Long> byGrade,
		Map<String, Long> byCategory, List<Row> below, LedgerPeriod period) {

	HazardStatistics over(LedgerPeriod period) {
		return new HazardStatistics(total, byStatus, byGrade, byCategory, below, period);
	}

	/** A region or school one level down. */
	record Row(String key, String name, HazardFigures figures) {
	}

}
