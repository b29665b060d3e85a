package cn.xiaoan.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a plan's checks recur: daily by school leadership, weekly by offices, monthly
 * by the safety group, a full sweep each semester, or once (spot checks).
 */
public enum Cadence {

	DAILY, WEEKLY, MONTHLY, SEMESTER, ONE_OFF;

	/** Days a one-off check stays open before it is overdue. */
	static final int ONE_OFF_DAYS = 7;

	/**
	 * The period the date falls in; its key is what keeps one task per plan, school and
	 * period.
	 */
	public Period periodOf(LocalDate date) {
		return switch (this) {
			case DAILY -> new Period(date.toString(), date, date);
			case WEEKLY -> {
				LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new Period(String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
						date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6));
			}
			case MONTHLY -> {
				YearMonth month = YearMonth.from(date);
				yield new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
			}
			// Keys name the school year: its first semester runs August–January, the
			// second
			// February–July (2026-2027-1, 2026-2027-2).
			case SEMESTER -> {
				int month = date.getMonthValue();
				if (month >= 2 && month <= 7) {
					int year = date.getYear();
					yield new Period((year - 1) + "-" + year + "-2", LocalDate.of(year, 2, 1),
							LocalDate.of(year, 7, 31));
				}
				int year = month == 1 ? date.getYear() - 1 : date.getYear();
				yield new Period(year + "-" + (year + 1) + "-1", LocalDate.of(year, 8, 1),
						LocalDate.of(year + 1, 1, 31));
			}
			case ONE_OFF -> new Period("ONCE", date, date.plusDays(ONE_OFF_DAYS - 1));
		};
	}

	public String messageKey() {
		return "inspection.cadence." + name();
	}

	/**
	 * One period of a cadence: its key and the days it covers (the last is the due date).
	 */
	public record Period(String key, LocalDate start, LocalDate end) {
	}

}
