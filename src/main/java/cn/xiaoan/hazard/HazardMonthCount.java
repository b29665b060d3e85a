package cn.xiaoan.hazard;

import java.time.LocalDate;

/**
 * Hazards found in one month in one unit one level below the asked region (a region code,
 * or a school id as text below a county), of one category and grade ('' while not
 * graded), either still open or done (verified or closed). What {@link HazardRollup}
 * publishes for analytics; categories are {@code SafetyCategory} names.
 */
public record HazardMonthCount(String unit, LocalDate month, String category, String grade, boolean done,
		long hazards) {

	public boolean major() {
		return HazardGrade.MAJOR.name().equals(grade);
	}

}
