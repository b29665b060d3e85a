package cn.xiaoan.inspection;

import java.time.LocalDate;
import java.time.MonthDay;

import cn.xiaoan.policy.SchoolCalendar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which period a date falls in, for each cadence. */
class CadenceTests {

	/**
	 * The national defaults: school year from 09-01, spring semester from 03-01, 7 days.
	 */
	static final Cadence.Rules NATIONAL = new Cadence.Rules(new SchoolCalendar(MonthDay.of(9, 1), MonthDay.of(3, 1)),
			7);

	@Test
	void aDailyPeriodIsTheDay() {
		Cadence.Period p = Cadence.DAILY.periodOf(LocalDate.of(2026, 11, 23), NATIONAL);
		assertThat(p)
			.isEqualTo(new Cadence.Period("2026-11-23", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)));
	}

	@Test
	void aWeekRunsMondayToSundayAndIsNumberedByIsoWeek() {
		Cadence.Period sunday = Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 29), NATIONAL);
		Cadence.Period monday = Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 23), NATIONAL);
		assertThat(monday).isEqualTo(sunday);
		assertThat(monday.key()).isEqualTo("2026-W48");
		assertThat(monday.start()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(monday.end()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 30), NATIONAL).key()).isEqualTo("2026-W49");
	}

	@Test
	void aWeekAcrossNewYearBelongsToTheIsoWeekBasedYear() {
		// 2027-01-01 is a Friday: its week began on Monday 2026-12-28, ISO week 53 of
		// 2026.
		Cadence.Period p = Cadence.WEEKLY.periodOf(LocalDate.of(2027, 1, 1), NATIONAL);
		assertThat(p.key()).isEqualTo("2026-W53");
		assertThat(p.start()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(p.end()).isEqualTo(LocalDate.of(2027, 1, 3));
	}

	@Test
	void aMonthRunsFromItsFirstToItsLastDay() {
		Cadence.Period p = Cadence.MONTHLY.periodOf(LocalDate.of(2028, 2, 10), NATIONAL);
		assertThat(p).isEqualTo(new Cadence.Period("2028-02", LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
	}

	@Test
	void theSpringSemesterRunsFromItsStartToTheEndOfTheSchoolYear() {
		for (LocalDate d : new LocalDate[] { LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 15),
				LocalDate.of(2027, 8, 31) }) {
			assertThat(Cadence.SEMESTER.periodOf(d, NATIONAL))
				.isEqualTo(new Cadence.Period("2026-2027-2", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31)));
		}
	}

	@Test
	void theAutumnSemesterRunsFromTheSchoolYearStartToTheSpringSemesterWinterHolidayIncluded() {
		Cadence.Period autumn = new Cadence.Period("2026-2027-1", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 2, 28));
		assertThat(Cadence.SEMESTER.periodOf(LocalDate.of(2026, 9, 1), NATIONAL)).isEqualTo(autumn);
		assertThat(Cadence.SEMESTER.periodOf(LocalDate.of(2026, 12, 31), NATIONAL)).isEqualTo(autumn);
		assertThat(Cadence.SEMESTER.periodOf(LocalDate.of(2027, 2, 28), NATIONAL)).isEqualTo(autumn);
		assertThat(Cadence.SEMESTER.periodOf(LocalDate.of(2026, 8, 31), NATIONAL).key()).isEqualTo("2025-2026-2");
	}

	@Test
	void aRegionsCalendarMovesTheSemesterBoundaries() {
		Cadence.Rules yunnan = new Cadence.Rules(new SchoolCalendar(MonthDay.of(8, 25), MonthDay.of(2, 16)), 7);
		assertThat(Cadence.SEMESTER.periodOf(LocalDate.of(2026, 8, 26), yunnan))
			.isEqualTo(new Cadence.Period("2026-2027-1", LocalDate.of(2026, 8, 25), LocalDate.of(2027, 2, 15)));
		assertThat(Cadence.SEMESTER.periodOf(LocalDate.of(2028, 2, 16), yunnan))
			.isEqualTo(new Cadence.Period("2027-2028-2", LocalDate.of(2028, 2, 16), LocalDate.of(2028, 8, 24)));
	}

	@Test
	void aOneOffCheckStaysOpenForTheRegionsSpotCheckWindow() {
		Cadence.Rules threeDays = new Cadence.Rules(NATIONAL.calendar(), 3);
		assertThat(Cadence.ONE_OFF.periodOf(LocalDate.of(2026, 11, 23), threeDays).end())
			.isEqualTo(LocalDate.of(2026, 11, 25));
	}

	@Test
	void aOneOffCheckHasOnePeriodOpenForAWeek() {
		Cadence.Period p = Cadence.ONE_OFF.periodOf(LocalDate.of(2026, 11, 23), NATIONAL);
		assertThat(p.key()).isEqualTo("ONCE");
		assertThat(p.end()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(Cadence.ONE_OFF.periodOf(LocalDate.of(2026, 12, 23), NATIONAL).key()).isEqualTo("ONCE");
	}

}
