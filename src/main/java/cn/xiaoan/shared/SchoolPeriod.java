package cn.xiaoan.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * A list narrowed to one school and a span of Beijing days, as a figure elsewhere (the
 * assessment's, 督导考核) counts it: the page names it in a removable chip ("学校：xx中学 ·
 * 2026年第4季度 ×"). {@code from} and {@code to} are both included; either may be open. The
 * module that builds one has already checked the school against the caller's scope.
 */
public record SchoolPeriod(long schoolId, String schoolName, LocalDate from, LocalDate to) {

	/** Before any record of the platform: an open start. */
	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** After any record of the platform: an open end. */
	private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

	public SchoolPeriod {
		if (from != null && to != null && to.isBefore(from)) {
			LocalDate swap = from;
			from = to;
			to = swap;
		}
	}

	/** The first day counted; a day before every record when the start is open. */
	public LocalDate firstDay() {
		return from == null ? EARLIEST : from;
	}

	/** The last day counted; a day after every record when the end is open. */
	public LocalDate lastDay() {
		return to == null ? LATEST : to;
	}

	/** The start of the first day in the zone (Beijing's). */
	public OffsetDateTime start(ZoneId zone) {
		return firstDay().atStartOfDay(zone).toOffsetDateTime();
	}

	/** The start of the day after the last one: the span ends before it. */
	public OffsetDateTime end(ZoneId zone) {
		return lastDay().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
	}

	/**
	 * The message key naming the span: a whole year, quarter or month by its name, other
	 * spans by their days, no span at all as "every day".
	 */
	public String labelKey() {
		if (from == null && to == null) {
			return "filter.period.ever";
		}
		if (from == null || to == null) {
			return from == null ? "filter.period.until" : "filter.period.since";
		}
		if (from.getDayOfYear() == 1 && to.equals(from.plusYears(1).minusDays(1))) {
			return "filter.period.year";
		}
		if (from.equals(from.with(IsoFields.DAY_OF_QUARTER, 1)) && to.equals(from.plusMonths(3).minusDays(1))) {
			return "filter.period.quarter";
		}
		if (from.getDayOfMonth() == 1 && to.equals(from.plusMonths(1).minusDays(1))) {
			return "filter.period.month";
		}
		return "filter.period.days";
	}

	/** The arguments of {@link #labelKey()}: year, quarter or month, or the two days. */
	public Object[] labelArgs() {
		return switch (labelKey()) {
			case "filter.period.year" -> new Object[] { String.valueOf(from.getYear()) };
			case "filter.period.quarter" ->
				new Object[] { String.valueOf(from.getYear()), from.get(IsoFields.QUARTER_OF_YEAR) };
			case "filter.period.month" -> new Object[] { String.valueOf(from.getYear()), from.getMonthValue() };
			case "filter.period.since" -> new Object[] { from.toString() };
			case "filter.period.until" -> new Object[] { to.toString() };
			case "filter.period.ever" -> new Object[0];
			default -> new Object[] { from.toString(), to.toString() };
		};
	}

}
