package cn.xiaoan.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * The whole months a statistic counts, in Beijing time: a month ("2026-11"), a quarter
 * ("2026Q4"), a semester ("2026S1" the spring term March–August, "2026S2" the autumn term
 * September–February), a year ("2026") or any run of whole months ("custom" with
 * {@code from} and {@code to} months). Whole months because the hazard rollup counts by
 * the month found, so every figure is read from it and agrees with the ledger filtered to
 * the same days.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

	public enum Kind {

		MONTH, QUARTER, SEMESTER, YEAR, CUSTOM

	}

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

	private static final Pattern SEMESTER = Pattern.compile("(\\d{4})S([12])");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** The longest custom period: ten years of months. */
	static final int MAX_MONTHS = 120;

	public Period {
		if (from.getDayOfMonth() != 1 || to.plusDays(1).getDayOfMonth() != 1 || to.isBefore(from)) {
			throw new IllegalArgumentException("not a run of whole months: " + from + " – " + to);
		}
	}

	static Period month(YearMonth month) {
		return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	static Period quarterOf(LocalDate day) {
		LocalDate from = day.with(IsoFields.DAY_OF_QUARTER, 1);
		return new Period(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
	}

	/** The term {@code day} lies in: spring March–August, autumn September–February. */
	static Period semesterOf(LocalDate day) {
		int m = day.getMonthValue();
		LocalDate from = m >= 3 && m <= 8 ? LocalDate.of(day.getYear(), 3, 1)
				: LocalDate.of(m >= 9 ? day.getYear() : day.getYear() - 1, 9, 1);
		return new Period(Kind.SEMESTER, from, from.plusMonths(6).minusDays(1));
	}

	static Period year(int year) {
		return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * The period asked for by its key, or the months {@code from}–{@code to} for
	 * "custom"; this quarter when nothing is asked. Bad input is a field error.
	 */
	public static Period of(String key, YearMonth from, YearMonth to, LocalDate today) {
		if (key == null || key.isBlank()) {
			return quarterOf(today);
		}
		if ("custom".equals(key)) {
			if (from == null) {
				throw new BusinessRuleViolation("from", "analytics.period.from");
			}
			YearMonth end = to == null ? YearMonth.from(today) : to;
			if (end.isBefore(from) || from.until(end, ChronoUnit.MONTHS) >= MAX_MONTHS) {
				throw new BusinessRuleViolation("to", "analytics.period.order");
			}
			return new Period(Kind.CUSTOM, from.atDay(1), end.atEndOfMonth());
		}
		Matcher m;
		if ((m = MONTH.matcher(key)).matches() && plausible(m.group(1)) && month(m.group(2))) {
			return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
		}
		if ((m = QUARTER.matcher(key)).matches() && plausible(m.group(1))) {
			return quarterOf(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3, 1));
		}
		if ((m = SEMESTER.matcher(key)).matches() && plausible(m.group(1))) {
			return semesterOf(LocalDate.of(Integer.parseInt(m.group(1)), "1".equals(m.group(2)) ? 3 : 9, 1));
		}
		if (YEAR.matcher(key).matches() && plausible(key)) {
			return year(Integer.parseInt(key));
		}
		throw new BusinessRuleViolation("period", "analytics.period.invalid");
	}

	private static boolean plausible(String year) {
		int y = Integer.parseInt(year);
		return y >= 2000 && y <= 2100;
	}

	private static boolean month(String month) {
		int m = Integer.parseInt(month);
		return m >= 1 && m <= 12;
	}

	public int months() {
		return (int) YearMonth.from(from).until(YearMonth.from(to), ChronoUnit.MONTHS) + 1;
	}

	/**
	 * The period just before, as long as this one (the quarter before, the term before…).
	 */
	public Period previous() {
		return new Period(kind, from.minusMonths(months()), from.minusDays(1));
	}

	/** The same months a year earlier. */
	public Period sameLastYear() {
		return new Period(kind, from.minusYears(1), YearMonth.from(to).minusYears(1).atEndOfMonth());
	}

	/** The months of the period, first days, in order. */
	public List<LocalDate> monthStarts() {
		List<LocalDate> months = new ArrayList<>();
		for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/**
	 * What the picker and links send for this period ({@code from}/{@code to} for
	 * custom).
	 */
	public String key() {
		return switch (kind) {
			case MONTH -> YearMonth.from(from).toString();
			case QUARTER -> from.getYear() + "Q" + from.get(IsoFields.QUARTER_OF_YEAR);
			case SEMESTER -> from.getYear() + (from.getMonthValue() == 3 ? "S1" : "S2");
			case YEAR -> String.valueOf(from.getYear());
			case CUSTOM -> "custom";
		};
	}

	/** The query string that asks for this period again. */
	public String query() {
		return kind == Kind.CUSTOM ? "period=custom&from=" + YearMonth.from(from) + "&to=" + YearMonth.from(to)
				: "period=" + key();
	}

	public String labelKey() {
		if (kind == Kind.SEMESTER) {
			return from.getMonthValue() == 3 ? "analytics.period.spring" : "analytics.period.autumn";
		}
		return "analytics.period." + kind.name().toLowerCase(Locale.ROOT);
	}

	/** Strings, so that a year is not written 2,026: year, quarter or month, from, to. */
	public Object[] labelArgs() {
		String part = kind == Kind.QUARTER ? String.valueOf(from.get(IsoFields.QUARTER_OF_YEAR))
				: String.valueOf(from.getMonthValue());
		return new Object[] { String.valueOf(from.getYear()), part, YearMonth.from(from).toString(),
				YearMonth.from(to).toString() };
	}

	/** The picker's choices: months, quarters, terms and years around today. */
	static List<Period> choices(LocalDate today) {
		List<Period> choices = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			choices.add(month(YearMonth.from(today).minusMonths(i)));
		}
		for (int q = 0; q < 8; q++) {
			choices.add(quarterOf(today.minusMonths(3L * q)));
		}
		for (int s = 0; s < 4; s++) {
			choices.add(semesterOf(today.minusMonths(6L * s)));
		}
		for (int y = 0; y < 3; y++) {
			choices.add(year(today.getYear() - y));
		}
		return choices;
	}

}
