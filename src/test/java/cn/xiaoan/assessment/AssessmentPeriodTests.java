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
		assertThat(IndicatorKind.HAZARD_RECTIFICATION.points(30, 50, hazards(half))).isEqualTo(30);
		assertThat(IndicatorKind.HAZARD_RECTIFICATION.points(30, 100, hazards(half))).isEqualTo(15);
		assertThat(IndicatorKind.HAZARD_RECTIFICATION.points(30, 95, hazards(null))).isEqualTo(30);
	}

	@Test
	void theOverdueRateLosesAllMarksAtItsTarget() {
		HazardFigures quarterOverdue = new HazardFigures(8, 4, 0, 1, 4, null);
		assertThat(IndicatorKind.HAZARD_OVERDUE.points(20, 50, hazards(quarterOverdue))).isEqualTo(10);
		assertThat(IndicatorKind.HAZARD_OVERDUE.points(20, 25, hazards(quarterOverdue))).isEqualTo(0);
		assertThat(IndicatorKind.HAZARD_OVERDUE.points(20, 25, hazards(new HazardFigures(3, 0, 0, 0, 3, null))))
			.isEqualTo(20);
	}

	@Test
	void aRateEarnsFullMarksAtItsTargetProportionallyLessBelowAndFullMarksWithNothingDue() {
		assertThat(IndicatorKind.DRILL_COMPLIANCE.points(10, 100, other(IndicatorKind.DRILL_COMPLIANCE, 3, 3)))
			.isEqualTo(10);
		assertThat(IndicatorKind.DRILL_COMPLIANCE.points(10, 100, other(IndicatorKind.DRILL_COMPLIANCE, 1, 2)))
			.isEqualTo(5);
		assertThat(IndicatorKind.DUTY_SIGNING.points(10, 80, other(IndicatorKind.DUTY_SIGNING, 8, 10))).isEqualTo(10);
		assertThat(IndicatorKind.WARNING_ACKNOWLEDGED.points(10, 100, hazards(null))).isEqualTo(10);
	}

	@Test
	void eachAccidentCostsByItsGradeAndTheMarksNeverGoBelowNothing() {
		assertThat(IndicatorKind.ACCIDENTS.points(10, 20, other(IndicatorKind.ACCIDENTS, 1, 0, 0, 0))).isEqualTo(8);
		assertThat(IndicatorKind.ACCIDENTS.points(10, 20, other(IndicatorKind.ACCIDENTS, 1, 1, 0, 0))).isEqualTo(4);
		assertThat(IndicatorKind.ACCIDENTS.points(10, 20, other(IndicatorKind.ACCIDENTS, 0, 0, 1, 0))).isEqualTo(0);
		assertThat(IndicatorKind.ACCIDENTS.points(10, 20, other(IndicatorKind.ACCIDENTS, 9, 0, 0, 0))).isEqualTo(0);
		assertThat(IndicatorKind.ACCIDENTS.points(10, 20, hazards(null))).isEqualTo(10);
	}

	private static SchoolFigures hazards(HazardFigures figures) {
		return new SchoolFigures(figures, null);
	}

	private static SchoolFigures other(IndicatorKind kind, int... figures) {
		return new SchoolFigures(null, java.util.Map.of(kind, figures));
	}

}
