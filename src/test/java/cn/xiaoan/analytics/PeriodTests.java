package cn.xiaoan.analytics;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.xiaoan.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void noPeriodAskedIsThisQuarter() {
		Period p = Period.of(null, null, null, TODAY);
		assertThat(p.from()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(p.to()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(p.key()).isEqualTo("2026Q4");
	}

	@Test
	void aQuarterComparesWithTheQuarterBeforeAndTheSameQuarterLastYear() {
		Period q1 = Period.of("2026Q1", null, null, TODAY);
		assertThat(q1.previous().from()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(q1.previous().to()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(q1.sameLastYear().key()).isEqualTo("2025Q1");
	}

	@Test
	void aMonthsPreviousIsTheMonthBeforeAcrossAYearAndFebruaryEndsRight() {
		Period march = Period.of("2024-03", null, null, TODAY);
		assertThat(march.previous().key()).isEqualTo("2024-02");
		assertThat(march.previous().to()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Period.of("2026-01", null, null, TODAY).previous().key()).isEqualTo("2025-12");
		assertThat(Period.of("2024-02", null, null, TODAY).sameLastYear().to()).isEqualTo(LocalDate.of(2023, 2, 28));
	}

	@Test
	void theSpringTermRunsMarchToAugustAndTheAutumnTermSeptemberToFebruary() {
		Period spring = Period.of("2026S1", null, null, TODAY);
		assertThat(spring.from()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(spring.to()).isEqualTo(LocalDate.of(2026, 8, 31));
		Period autumn = Period.of("2026S2", null, null, TODAY);
		assertThat(autumn.to()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(spring.previous().key()).isEqualTo("2025S2");
		assertThat(Period.semesterOf(LocalDate.of(2027, 1, 15)).key()).isEqualTo("2026S2");
	}

	@Test
	void aCustomRunOfMonthsComparesWithAsManyMonthsBefore() {
		Period p = Period.of("custom", YearMonth.of(2026, 5), YearMonth.of(2026, 9), TODAY);
		assertThat(p.months()).isEqualTo(5);
		assertThat(p.previous().from()).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(p.previous().to()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(p.query()).isEqualTo("period=custom&from=2026-05&to=2026-09");
	}

	@Test
	void aBadPeriodIsAFieldErrorNotAnException() {
		assertThatThrownBy(() -> Period.of("2026Q5", null, null, TODAY)).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> Period.of("2026-13", null, null, TODAY)).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> Period.of("custom", null, null, TODAY)).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> Period.of("custom", YearMonth.of(2026, 5), YearMonth.of(2026, 1), TODAY))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void everyKeyAsksForTheSamePeriodAgain() {
		for (Period p : Period.choices(TODAY)) {
			assertThat(Period.of(p.key(), null, null, TODAY)).isEqualTo(p);
		}
	}

}
