package cn.xiaoan.bullying;

import java.util.List;
import java.util.Map;

/**
 * Counts of a region's or a school's cases (no names): by kind, by the victim's grade, by
 * month of the report, by outcome, the mean days from report to decision, and the
 * undecided cases past their deadline per school and per county.
 */
public record BullyingStatistics(String unitName, long total, Map<BullyingKind, Long> byKind, Map<String, Long> byGrade,
		Map<String, Long> byMonth, Map<String, Long> byOutcome, Double meanDaysToDecision,
		List<Overdue> overdueBySchool, List<Overdue> overdueByCounty) {

	/** A school or a county with its open and late cases. */
	public record Overdue(String code, String name, long open, long late) {
	}

	/** The outcome keys, in the order shown. */
	static final List<String> OUTCOMES = List.of("PENDING", "BULLYING", "NOT_BULLYING", "OVERTURNED");

}
