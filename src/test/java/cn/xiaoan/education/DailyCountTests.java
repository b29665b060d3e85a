package cn.xiaoan.education;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The days joined as a string read back as the days they were, negative ones too. */
class DailyCountTests {

	@Test
	void joinedDaysReadBackInOrderAndNoneReadsEmpty() {
		assertThat(DailyCount.parseJoined("2026-12-01,3,2,2,1,1;2026-12-02,-1,0,0,0,0")).containsExactly(
				new DailyCount(LocalDate.of(2026, 12, 1), 3, 2, 2, 1, 1),
				new DailyCount(LocalDate.of(2026, 12, 2), -1, 0, 0, 0, 0));
		assertThat(DailyCount.parseJoined(null)).isEmpty();
		assertThat(DailyCount.parseJoined("")).isEmpty();
	}

}
