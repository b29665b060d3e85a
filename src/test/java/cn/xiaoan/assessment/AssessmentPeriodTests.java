package cn.xiaoan.assessment;

import java.time.LocalDate;

import cn.xiaoan.hazard.HazardFigures;
import cn.xiaoan.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentPeriodTests {

	@Test
	void aPeriodIsComparedWithThePeriodOfTheSameLengthBeforeIt() {
		assertThat(AssessmentPeriod.of("2026Q1").previous().key()).isEqualTo("2025Q4");
		assertThat(AssessmentPeriod.of("2026-01").previous().key()).isEqualTo("2025-12");
		assertThat(AssessmentPeriod.of("2026S1").previous().key()).isEqualTo("2025S2");
		assertThat(AssessmentPeriod.of("2026S2").previous().key()).isEqualTo("2026S1");
		assertThat(AssessmentPeriod.of("2026").previous().key()).isEqualTo("2025");
	}

	@Test
	void theAutumnTermRunsFromSeptemberToTheEndOfFebruary() {
		AssessmentPeriod autumn = AssessmentPeriod.of("2027S2");
		assertThat(autumn.from()).isEqualTo(LocalDate.of(2027, 9, 1));
		assertThat(autumn.to()).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void anUnknownPeriodIsAFieldError() {
		for (String bad : new String[] { "2026Q5", "2026-13", "1999", "x", "" }) {
			assertThatThrownBy(() -> AssessmentPeriod.of(bad)).isInstanceOf(BusinessRuleViolation.class);
		}
	}

	@Test
	void theRectificationRateEarnsFullMarksAtItsTargetAndProportionallyLessBelow() {
		HazardFigures half = new HazardFigures(10, 5, 0, 0, 5, null);
		assertThat(IndicatorKind.HAZARD_RECTIFICATION.points(30, 50, half)).isEqualTo(30);
		assertThat(IndicatorKind.HAZARD_RECTIFICATION.points(30, 100, half)).isEqualTo(15);
		assertThat(IndicatorKind.HAZARD_RECTIFICATION.points(30, 95, null)).isEqualTo(30);
	}

	@Test
	void theOverdueRateLosesAllMarksAtItsTarget() {
		HazardFigures quarterOverdue = new HazardFigures(8, 4, 0, 1, 4, null);
		assertThat(IndicatorKind.HAZARD_OVERDUE.points(20, 50, quarterOverdue)).isEqualTo(10);
		assertThat(IndicatorKind.HAZARD_OVERDUE.points(20, 25, quarterOverdue)).isEqualTo(0);
		assertThat(IndicatorKind.HAZARD_OVERDUE.points(20, 25, new HazardFigures(3, 0, 0, 0, 3, null))).isEqualTo(20);
	}

}
