package cn.xiaoan.inspection;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which period a date falls in, for each cadence. */
class CadenceTests {

	@Test
	void aDailyPeriodIsTheDay() {
		Cadence.Period p = Cadence.DAILY.periodOf(LocalDate.of(2026, 11, 23));
		assertThat(p)
			.isEqualTo(new Cadence.Period("2026-11-23", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)));
	}

	@Test
	void aWeekRunsMondayToSundayAndIsNumberedByIsoWeek() {
		Cadence.Period sunday = Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 29));
		Cadence.Period monday = Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 23));
		assertThat(monday).isEqualTo(sunday);
		assertThat(monday.key()).isEqualTo("2026-W48");
		assertThat(monday.start()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(monday.end()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 30)).key()).isEqualTo("2026-W49");
	}

	@Test
	void aWeekAcrossNewYearBelongsToTheIsoWeekBasedYear() {
		// 2027-01-01 is a Friday: its week began on Monday 2026-12-28, ISO week 53 of
		// 2026.
		Cadence.Period p = Cadence.WEEKLY.periodOf(LocalDate.of(2027, 1, 1));
		assertThat(p.key()).isEqualTo("2026-W53");
		assertThat(p.start()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(p.end()).isEqualTo(LocalDate.of(2027, 1, 3));
	}

	@Test
	void aMonthRunsFromItsFirstToItsLastDay() {
		Cadence.Period p = Cadence.MONTHLY.periodOf(LocalDate.of(2028, 2, 10));
		assertThat(p).isEqualTo(new Cadence.Period("2028-02", LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
	}

	@Test
	void theSpringSemesterRunsFebruaryToJuly() {
		for (LocalDate d : new LocalDate[] { LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 15),
				LocalDate.of(2027, 7, 31) }) {
			assertThat(Cadence.SEMESTER.periodOf(d))
				.isEqualTo(new Cadence.Period("2026-2027-2", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 7, 31)));
		}
	}

	@Test
	void theAutumnSemesterRunsAugustToJanuaryOfTheNextYear() {
		Cadence.Period autumn = new Cadence.Period("2026-2027-1", LocalDate.of(2026, 8, 1), LocalDate.of(2027, 1, 31));
		assertThat(Cadence.SEMESTER.periodOf(LocalDate.of(2026, 8, 1))).isEqualTo(autumn);
		assertThat(Cadence.SEMESTER.periodOf(LocalDate.of(2026, 12, 31))).isEqualTo(autumn);
		assertThat(Cadence.SEMESTER.periodOf(LocalDate.of(2027, 1, 31))).isEqualTo(autumn);
		assertThat(Cadence.SEMESTER.periodOf(LocalDate.of(2026, 7, 31)).key()).isEqualTo("2025-2026-2");
	}

	@Test
	void aOneOffCheckHasOnePeriodOpenForAWeek() {
		Cadence.Period p = Cadence.ONE_OFF.periodOf(LocalDate.of(2026, 11, 23));
		assertThat(p.key()).isEqualTo("ONCE");
		assertThat(p.end()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(Cadence.ONE_OFF.periodOf(LocalDate.of(2026, 12, 23)).key()).isEqualTo("ONCE");
	}

}
