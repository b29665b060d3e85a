package cn.xiaoan.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The hazard analysis of a region (or one school) over a period, beside the period before
 * and the same period last year: headline figures, hazards by category, by month found
 * and by unit one level down (the heat map and the drill-down), and the accidents of the
 * period by severity. Each row carries the ledger address that lists exactly the hazards
 * it counts. Counts include what the installations below keep ({@code sources}, 四级联网),
 * each row saying how many of its hazards come from there.
 */
public record HazardAnalysis(String regionCode, String unitName, Long schoolId, Period period, Figures current,
		Figures previous, Figures lastYear, List<CategoryRow> byCategory, List<MonthRow> byMonth, List<UnitRow> byUnit,
		boolean unitsAreSchools, String ledger, Accidents accidents, List<String> sources) {

	/**
	 * Hazards of one category found in the period, the period before and last year;
	 * {@code elsewhere} of the current ones kept below.
	 */
	public record CategoryRow(String category, long current, long previous, long lastYear, String ledger,
			long elsewhere) {
	}

	/**
	 * Hazards found in one month ({@code elsewhere} of them kept below), done since,
	 * major; and in the same month last year.
	 */
	public record MonthRow(LocalDate month, long hazards, long done, long major, long lastYear, long elsewhere) {
	}

	/**
	 * A region or school one level down; {@code href} drills into it (null for a school
	 * of another installation, whose records live there). {@code source} names the
	 * installation the unit's hazards come from when it has some kept elsewhere.
	 */
	public record UnitRow(String key, String name, String source, long hazards, long done, long major, long elsewhere,
			String href, String ledger) {

		/** Rectified ÷ found, in percent. */
		public double rectificationRate() {
			return hazards == 0 ? 0 : Math.round(1000.0 * done / hazards) / 10.0;
		}

		/** Whether all of its hazards are kept elsewhere (its records live there). */
		public boolean onlyElsewhere() {
			return source != null && hazards == elsewhere;
		}

	}

	/** Accidents of the period: this platform's and those reported below, by severity. */
	public record Accidents(long here, long elsewhere, List<SeverityRow> bySeverity) {

		public long total() {
			return here + elsewhere;
		}

	}

	/**
	 * Accidents of one severity ({@code Severity} name; "" for a severity of a later
	 * release below).
	 */
	public record SeverityRow(String severity, long here, long elsewhere) {

		public String messageKey() {
			return severity.isEmpty() ? "analytics.accidents.unknown" : "accident.severity." + severity;
		}

	}

	/** The most hazards of a unit (the heat map's scale), at least 1. */
	public long mostInAUnit() {
		return Math.max(1, byUnit.stream().mapToLong(UnitRow::hazards).max().orElse(0));
	}

	/** Whether anything counted here comes from an installation below. */
	public boolean mirrored() {
		return !sources.isEmpty();
	}

}
