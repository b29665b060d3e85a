package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * The period a ledger statistic counts (DOMAIN.md §3.2: statistics each quarter and
 * year): the hazards found from {@code from} to {@code to}, both included, in Beijing
 * time. A quarter, a year, a range of days, or every hazard ever found ({@code ALL}, with
 * neither date: what a headline figure counts).
 */
record LedgerPeriod(Kind kind, LocalDate from, LocalDate to) {

	enum Kind {

		QUARTER, YEAR, RANGE, ALL

	}

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** The quarter {@code day} lies in. */
	static LedgerPeriod quarterOf(LocalDate day) {
		LocalDate from = day.with(IsoFields.DAY_OF_QUARTER, 1);
		return new LedgerPeriod(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
	}

	/** Every hazard, whenever found. */
	static final LedgerPeriod EVER = new LedgerPeriod(Kind.ALL, null, null);

	static LedgerPeriod year(int year) {
		return new LedgerPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * The period asked for: {@code period} "2026Q4" or "2026", or the range {@code from}
	 * – {@code to} (to today when open-ended); this quarter when nothing is asked.
	 */
	static LedgerPeriod of(String period, LocalDate from, LocalDate to, LocalDate today) {
		boolean range = from != null || to != null;
		if (period == null || period.isBlank() || "custom".equals(period) && range) {
			if (!range) {
				return quarterOf(today);
			}
			if (from == null) {
				throw new BusinessRuleViolation("from", "hazard.period.from");
			}
			LocalDate end = to != null ? to : today;
			if (end.isBefore(from)) {
				throw new BusinessRuleViolation("to", "hazard.period.order");
			}
			return new LedgerPeriod(Kind.RANGE, from, end);
		}
		if ("all".equals(period)) {
			return EVER;
		}
		Matcher quarter = QUARTER.matcher(period);
		if (quarter.matches() && plausible(quarter.group(1))) {
			return quarterOf(
					LocalDate.of(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)) * 3, 1));
		}
		if (YEAR.matcher(period).matches() && plausible(period)) {
			return year(Integer.parseInt(period));
		}
		throw new BusinessRuleViolation("period", "hazard.period.invalid");
	}

	private static boolean plausible(String year) {
		int y = Integer.parseInt(year);
		return y >= 2000 && y <= 2100;
	}

	/** What the picker and links send for this period: "2026Q4", "2026" or "custom". */
	public String key() {
		return switch (kind) {
			case QUARTER -> from.getYear() + "Q" + from.get(IsoFields.QUARTER_OF_YEAR);
			case YEAR -> String.valueOf(from.getYear());
			case RANGE -> "custom";
			case ALL -> "all";
		};
	}

	/** Does it cover whole months only (so the rollup by month can count it)? */
	boolean wholeMonths() {
		return kind == Kind.ALL || from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
	}

	/** The message key naming the period; its arguments are {@link #labelArgs()}. */
	public String labelKey() {
		return "hazard.period." + kind.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Strings, so that a year is not written 2,026. */
	public Object[] labelArgs() {
		if (kind == Kind.ALL) {
			return new Object[0];
		}
		return new Object[] { String.valueOf(from.getYear()), String.valueOf(from.get(IsoFields.QUARTER_OF_YEAR)),
				from.toString(), to.toString() };
	}

	/**
	 * The picker's choices: this quarter and the seven before it, this year and two
	 * before.
	 */
	static List<LedgerPeriod> choices(LocalDate today) {
		List<LedgerPeriod> choices = new ArrayList<>();
		for (int q = 0; q < 8; q++) {
			choices.add(quarterOf(today.minusMonths(3L * q)));
		}
		for (int y = 0; y < 3; y++) {
			choices.add(year(today.getYear() - y));
		}
		choices.add(EVER);
		return choices;
	}

}
