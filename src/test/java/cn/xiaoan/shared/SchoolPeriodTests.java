package cn.xiaoan.shared;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filter chip names a whole year, quarter or month by its name, any other span by its
 * days.
 */
class SchoolPeriodTests {

	private static SchoolPeriod span(String from, String to) {
		return new SchoolPeriod(1, "x", from == null ? null : LocalDate.parse(from),
				to == null ? null : LocalDate.parse(to));
	}

	@Test
	void aWholeQuarterIsNamedAsTheQuarter() {
		SchoolPeriod q4 = span("2026-10-01", "2026-12-31");
		assertThat(q4.labelKey()).isEqualTo("filter.period.quarter");
		assertThat(q4.labelArgs()).containsExactly("2026", 4);
	}

	@Test
	void aWholeMonthAndAWholeYearAreNamedSoAndOtherSpansByTheirDays() {
		assertThat(span("2026-11-01", "2026-11-30").labelKey()).isEqualTo("filter.period.month");
		assertThat(span("2026-01-01", "2026-12-31").labelKey()).isEqualTo("filter.period.year");
		assertThat(span("2026-11-02", "2026-11-30").labelArgs()).containsExactly("2026-11-02", "2026-11-30");
		assertThat(span("2026-11-01", "2027-01-31").labelKey()).isEqualTo("filter.period.days");
	}

	@Test
	void openEndsReachEveryRecordAndSwappedDaysAreSetRight() {
		SchoolPeriod ever = span(null, null);
		assertThat(ever.labelKey()).isEqualTo("filter.period.ever");
		assertThat(ever.firstDay()).isBefore(LocalDate.of(2010, 1, 1));
		assertThat(ever.lastDay()).isAfter(LocalDate.of(2100, 1, 1));
		assertThat(span("2026-12-31", "2026-10-01").labelKey()).isEqualTo("filter.period.quarter");
	}

	@Test
	void theSpanEndsAtTheStartOfTheDayAfterItsLastDayInBeijing() {
		ZoneId beijing = ZoneId.of("Asia/Shanghai");
		SchoolPeriod day = span("2026-12-01", "2026-12-01");
		assertThat(day.start(beijing).toString()).isEqualTo("2026-12-01T00:00+08:00");
		assertThat(day.end(beijing).toString()).isEqualTo("2026-12-02T00:00+08:00");
	}

}
