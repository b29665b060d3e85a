package cn.xiaoan.hazard;

import java.time.Instant;
import java.time.LocalDate;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.SafetyCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HazardTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static Hazard reported(HazardGrade suggested) {
		return new Hazard(1, 2, "450422", "楼梯扶手松动", SafetyCategory.BUILDINGS, suggested, HazardStatus.REPORTED, null,
				null, null, 0, null);
	}

	private static Hazard graded(HazardGrade grade) {
		Hazard hazard = reported(grade);
		hazard.register();
		hazard.grade(grade, TODAY.plusDays(10), TODAY);
		return hazard;
	}

	@Test
	void aHazardGoesFromReportToClosedInTheOrderOfTheRules() {
		Hazard hazard = graded(HazardGrade.GENERAL);
		hazard.startRectification(false);
		hazard.completeRectification(7);
		hazard.verify(8, true);
		hazard.close(Instant.EPOCH);
		assertThat(hazard.status).isEqualTo(HazardStatus.CLOSED);
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		Hazard hazard = reported(HazardGrade.GENERAL);
		assertThatThrownBy(() -> hazard.startRectification(true)).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> hazard.close(Instant.EPOCH)).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> hazard.grade(HazardGrade.GENERAL, TODAY, TODAY))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aMajorHazardNeedsItsFivePointPlanBeforeWorkStarts() {
		Hazard hazard = graded(HazardGrade.MAJOR);
		assertThatThrownBy(() -> hazard.startRectification(false)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				ex -> assertThat(ex.fieldErrors()).containsEntry("plan", "hazard.plan.required"));
		hazard.startRectification(true);
		assertThat(hazard.status).isEqualTo(HazardStatus.RECTIFYING);
	}

	@Test
	void theVerifierIsNotThePersonWhoRectifiedIt() {
		Hazard hazard = graded(HazardGrade.GENERAL);
		hazard.startRectification(false);
		hazard.completeRectification(7);
		assertThatThrownBy(() -> hazard.verify(7, true)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				ex -> assertThat(ex.fieldErrors()).containsEntry("verifier", "hazard.verifier.same"));
	}

	@Test
	void aRejectedVerificationSendsTheHazardBackToRectification() {
		Hazard hazard = graded(HazardGrade.GENERAL);
		hazard.startRectification(false);
		hazard.completeRectification(7);
		hazard.verify(8, false);
		assertThat(hazard.status).isEqualTo(HazardStatus.RECTIFYING);
		assertThat(hazard.rejections).isEqualTo(1);
		hazard.completeRectification(7);
		hazard.verify(8, true);
		assertThat(hazard.status).isEqualTo(HazardStatus.VERIFIED);
	}

	@Test
	void onlyAGeneralHazardMayBeFixedOnTheSpot() {
		Hazard general = reported(HazardGrade.GENERAL);
		general.fixOnTheSpot(7, Instant.EPOCH);
		assertThat(general.status).isEqualTo(HazardStatus.CLOSED);
		assertThat(general.grade).isEqualTo(HazardGrade.GENERAL);
		assertThatThrownBy(() -> reported(HazardGrade.MAJOR).fixOnTheSpot(7, Instant.EPOCH))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> graded(HazardGrade.MAJOR).fixOnTheSpot(7, Instant.EPOCH))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aDeadlineInThePastIsRefused() {
		Hazard hazard = reported(null);
		hazard.register();
		assertThatThrownBy(() -> hazard.grade(HazardGrade.GENERAL, TODAY.minusDays(1), TODAY))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void overdueMeansOpenAndPastTheDeadline() {
		Hazard hazard = graded(HazardGrade.GENERAL);
		assertThat(hazard.overdue(TODAY.plusDays(10))).isFalse();
		assertThat(hazard.overdue(TODAY.plusDays(11))).isTrue();
		hazard.fixOnTheSpot(7, Instant.EPOCH);
		assertThat(hazard.overdue(TODAY.plusDays(11))).isFalse();
	}

}
