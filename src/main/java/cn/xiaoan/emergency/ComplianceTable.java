package cn.xiaoan.emergency;

import java.time.YearMonth;
import java.util.List;

/**
 * Drill compliance of a region (or the caller's whole scope) in a month: the schools that
 * drilled as often as required in their period (the month; the month's quarter for
 * kindergartens), one row per region or school one level down, and the schools that have
 * not (本期未演练).
 */
public record ComplianceTable(String region, String regionName, YearMonth month, boolean rowsAreSchools, Row total,
		List<Row> below, List<SchoolCompliance> missing) {

	/** A region's or a school's figures: schools counted, compliant, drills 超时. */
	public record Row(String key, String name, int schools, int compliant, int overtime) {

		public int missing() {
			return schools - compliant;
		}

		/** Compliant schools in percent, one decimal. */
		public double rate() {
			return schools == 0 ? 0 : Math.round(compliant * 1000.0 / schools) / 10.0;
		}

	}

}
