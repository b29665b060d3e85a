package cn.xiaoan.policy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/**
 * A region's school calendar (校历): the day the school year starts (autumn semester) and
 * the day the spring semester starts. Holidays belong to the semester before them, so
 * every day of the year lies in exactly one semester.
 */
public record SchoolCalendar(MonthDay yearStarts, MonthDay springStarts) {

	/** The calendar in force at a region. */
	public static SchoolCalendar at(PolicySnapshot policy, String regionCode) {
		return new SchoolCalendar(policy.effective(PolicySetting.SCHOOL_YEAR_STARTS, regionCode).asMonthDay(),
				policy.effective(PolicySetting.SPRING_SEMESTER_STARTS, regionCode).asMonthDay());
	}

	/** The school year the date lies in. */
	public SchoolYear schoolYearOf(LocalDate date) {
		int year = date.isBefore(yearStarts.atYear(date.getYear())) ? date.getYear() - 1 : date.getYear();
		return schoolYear(year);
	}

	/**
	 * The school year whose start is nearest to the date: the coming one in the weeks
	 * before it starts, the running one after — the year a school onboards around its
	 * start.
	 */
	public SchoolYear nearestSchoolYear(LocalDate date) {
		SchoolYear current = schoolYearOf(date);
		SchoolYear next = schoolYear(current.startYear() + 1);
		long sinceStart = ChronoUnit.DAYS.between(current.start(), date);
		long untilNext = ChronoUnit.DAYS.between(date, next.start());
		return untilNext < sinceStart ? next : current;
	}

	/** The semester the date lies in: its key ("2026-2027-1"), first and last day. */
	public Semester semesterOf(LocalDate date) {
		SchoolYear year = schoolYearOf(date);
		LocalDate spring = springStarts.atYear(year.startYear());
		if (!spring.isAfter(year.start())) {
			spring = springStarts.atYear(year.startYear() + 1);
		}
		return date.isBefore(spring) ? new Semester(year.label() + "-1", year.start(), spring.minusDays(1))
				: new Semester(year.label() + "-2", spring, year.end());
	}

	private SchoolYear schoolYear(int startYear) {
		return new SchoolYear(startYear, yearStarts.atYear(startYear), yearStarts.atYear(startYear + 1).minusDays(1));
	}

	/** A school year from its first to its last day; {@code label} is "2026-2027". */
	public record SchoolYear(int startYear, LocalDate start, LocalDate end) {

		public String label() {
			return startYear + "-" + (startYear + 1);
		}

	}

	public record Semester(String key, LocalDate start, LocalDate end) {
	}

}
