package cn.xiaoan.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The working days of the Chinese calendar: Monday to Friday, except the official
 * holidays (法定节假日, 放假调休) and including the make-up working days (调休上班) on a weekend, as
 * the State Council announces them each year. Statutory deadlines "within N working days"
 * (工作日) count with it. The year's table comes from whoever keeps it (the school-bus
 * module's calendar for now); a year nobody loaded counts weekends only.
 */
public final class WorkingDays {

	/** The weekday rule, no holiday known. */
	public static final WorkingDays WEEKDAYS_ONLY = new WorkingDays(Map.of());

	private final Map<LocalDate, Boolean> exceptions;

	/**
	 * @param exceptions the days that differ from the weekday rule: a holiday
	 * ({@code false}) or a make-up working day ({@code true})
	 */
	public WorkingDays(Map<LocalDate, Boolean> exceptions) {
		this.exceptions = Map.copyOf(exceptions);
	}

	public boolean isWorkingDay(LocalDate day) {
		Boolean exception = exceptions.get(day);
		if (exception != null) {
			return exception;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * The last day of a period of {@code days} working days that starts the day after
	 * {@code from}: a step taken on a Friday "within 3 working days" is due on the
	 * Wednesday after. Zero days is {@code from} itself.
	 */
	public LocalDate plus(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("a period of working days is not negative");
		}
		LocalDate day = from;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * How many working days lie after {@code from} up to and including {@code to}
	 * (negative when {@code to} is before {@code from}).
	 */
	public int between(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -between(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
