package cn.xiaoan.hazard;

import java.util.List;
import java.util.Map;

/**
 * Ledger figures for a scope: counts by status, grade and category, rectification rate
 * (verified or closed ÷ all), overdue rate (overdue ÷ open), median days from finding to
 * closing, and the same figures for each region or school one level down.
 */
record HazardStatistics(HazardFigures total, Map<HazardStatus, Long> byStatus, Map<HazardGrade, Long> byGrade,
		Map<String, Long> byCategory, List<Row> below) {

	/** A region or school one level down. */
	record Row(String key, String name, HazardFigures figures) {
	}

}
