package cn.xiaoan.schoolbus;

import java.time.LocalDate;

import cn.xiaoan.shared.WorkingDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working-day calendar over the real holidays of 2025 and 2026, as the migration
 * loads them from the State Council's notices.
 */
class WorkingDaysTests {

	private final WorkingDays calendar = new WorkingDays(OfficialHolidays.table());

	@Test
	void nationalDayOf2025IsEightDaysOffWithTwoMakeUpDays() {
		for (int d = 1; d <= 8; d++) {
			assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, d))).as("Oct %d", d).isFalse();
		}
		// Sunday Sep 28 and Saturday Oct 11 are worked
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 12))).isFalse();
	}

	@Test
	void threeWorkingDaysFromTheLastDayOfSeptember2025EndOnOctoberTenth() {
		// Sep 30 (Tue) → Oct 9 (Thu), Oct 10 (Fri), Oct 11 (make-up Saturday)
		assertThat(calendar.plus(LocalDate.of(2025, 9, 30), 3)).isEqualTo(LocalDate.of(2025, 10, 11));
		// from Friday Sep 26: the make-up Sunday Sep 28 counts, then Sep 29 and 30
		assertThat(calendar.plus(LocalDate.of(2025, 9, 26), 3)).isEqualTo(LocalDate.of(2025, 9, 30));
		assertThat(calendar.plus(LocalDate.of(2025, 9, 30), 5)).isEqualTo(LocalDate.of(2025, 10, 14));
	}

	@Test
	void springFestivalOf2026CountsFromTheMakeUpSaturdays() {
		// off Feb 15–23; worked Saturday Feb 14 and Saturday Feb 28
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
		// Friday Feb 13 + 3: Feb 14 (make-up), Feb 24, Feb 25
		assertThat(calendar.plus(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
	}

	@Test
	void springFestivalOf2025() {
		// off Jan 28 – Feb 4; worked Sunday Jan 26 and Saturday Feb 8
		// Friday Jan 24 + 3: Sunday Jan 26 (make-up), Monday Jan 27, then Feb 5 after the
		// holiday
		assertThat(calendar.plus(LocalDate.of(2025, 1, 24), 2)).isEqualTo(LocalDate.of(2025, 1, 27));
		assertThat(calendar.plus(LocalDate.of(2025, 1, 24), 3)).isEqualTo(LocalDate.of(2025, 2, 5));
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
	}

	@Test
	void betweenCountsTheWorkingDaysAfterTheFirstDay() {
		assertThat(calendar.between(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11))).isEqualTo(3);
		assertThat(calendar.between(LocalDate.of(2025, 10, 11), LocalDate.of(2025, 9, 30))).isEqualTo(-3);
	}

	@Test
	void withoutATableOnlyWeekendsAreOff() {
		assertThat(WorkingDays.WEEKDAYS_ONLY.plus(LocalDate.of(2025, 9, 30), 3)).isEqualTo(LocalDate.of(2025, 10, 3));
	}

}
