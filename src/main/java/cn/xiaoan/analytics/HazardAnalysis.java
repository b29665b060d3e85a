package cn.xiaoan.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The hazard analysis of a region (or one school) over a period, beside the period before
 * and the same period last year: headline figures, hazards by category, by month found
 * and by unit one level down (the heat map and the drill-down). Each row carries the
 * ledger address that lists exactly the hazards it counts.
 */
public record HazardAnalysis(String regionCode, String unitName, Long schoolId, Period period, Figures current,
		Figures previous, Figures lastYear, List<CategoryRow> byCategory, List<MonthRow> byMonth, List<UnitRow> byUnit,
		boolean unitsAreSchools, String ledger) {

	/** Hazards of one category found in the period, the period before and last year. */
	public record CategoryRow(String category, long current, long previous, long lastYear, String ledger) {
	}

	/** Hazards found in one month, done since, major; and in the same month last year. */
	public record MonthRow(LocalDate month, long hazards, long done, long major, long lastYear) {
	}

	/** A region or school one level down; {@code href} drills into it. */
	public record UnitRow(String key, String name, long hazards, long done, long major, String href, String ledger) {

		public double rectificationRate() {
			return hazards == 0 ? 0 : Math.round(1000.0 * done / hazards) / 10.0;
		}

	}

	/** The most hazards of a unit (the heat map's scale), at least 1. */
	public long mostInAUnit() {
		return Math.max(1, byUnit.stream().mapToLong(UnitRow::hazards).max().orElse(0));
	}

}
