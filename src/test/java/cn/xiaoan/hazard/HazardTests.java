package cn.xiaoan.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.SafetyCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HazardTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final Hazard.EscalationRule EVERY_TWO_DAYS = new Hazard.EscalationRule(2, 2,
			EscalationLevel.PROVINCE);

	private static Hazard reported(HazardGrade suggested) {
		return new Hazard(1, 2, "450422", "楼梯扶手松动", SafetyCategory.BUILDINGS, suggested, HazardStatus.REPORTED, null,
				null, null, 0, null, EscalationLevel.SCHOOL, null);
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
		hazard.verify(8, true, false);
		hazard.close(Instant.EPOCH, false);
		assertThat(hazard.status).isEqualTo(HazardStatus.CLOSED);
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		Hazard hazard = reported(HazardGrade.GENERAL);
		assertThatThrownBy(() -> hazard.startRectification(true)).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> hazard.close(Instant.EPOCH, false)).isInstanceOf(BusinessRuleViolation.class);
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
		assertThatThrownBy(() -> hazard.verify(7, true, false)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				ex -> assertThat(ex.fieldErrors()).containsEntry("verifier", "hazard.verifier.same"));
	}

	@Test
	void aRejectedVerificationSendsTheHazardBackToRectification() {
		Hazard hazard = graded(HazardGrade.GENERAL);
		hazard.startRectification(false);
		hazard.completeRectification(7);
		hazard.verify(8, false, false);
		assertThat(hazard.status).isEqualTo(HazardStatus.RECTIFYING);
		assertThat(hazard.rejections).isEqualTo(1);
		hazard.completeRectification(7);
		hazard.verify(8, true, false);
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

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	@Test
	void anOverdueHazardEscalatesToTheCountyOnceTheGracePeriodHasPassed() {
		Hazard hazard = graded(HazardGrade.GENERAL);
		LocalDate dayAfterDeadline = TODAY.plusDays(11);
		assertThat(hazard.escalate(dayAfterDeadline, startOf(dayAfterDeadline), EVERY_TWO_DAYS)).isEmpty();
		LocalDate twoDaysAfter = TODAY.plusDays(12);
		HazardEscalated event = hazard.escalate(twoDaysAfter, startOf(twoDaysAfter), EVERY_TWO_DAYS).orElseThrow();
		assertThat(event.level()).isEqualTo(EscalationLevel.COUNTY);
		assertThat(event.bureauRegion()).isEqualTo("450422");
		assertThat(event.number()).isEqualTo("YH000001");
		assertThat(hazard.escalationLevel).isEqualTo(EscalationLevel.COUNTY);
		assertThat(hazard.escalatedAt).isEqualTo(startOf(twoDaysAfter));
	}

	@Test
	void anOverdueMajorHazardRisesToTheCityOnlyAfterAnotherPeriod() {
		Hazard hazard = graded(HazardGrade.MAJOR);
		LocalDate first = TODAY.plusDays(12);
		hazard.escalate(first, startOf(first), EVERY_TWO_DAYS).orElseThrow();
		assertThat(hazard.escalate(first.plusDays(1), startOf(first.plusDays(1)), EVERY_TWO_DAYS)).isEmpty();
		HazardEscalated city = hazard.escalate(first.plusDays(2), startOf(first.plusDays(2)), EVERY_TWO_DAYS)
			.orElseThrow();
		assertThat(city.level()).isEqualTo(EscalationLevel.CITY);
		assertThat(city.bureauRegion()).isEqualTo("450400");
	}

	@Test
	void aHazardAtTheProvinceOrAlreadyFixedEscalatesNoFurther() {
		LocalDate late = TODAY.plusDays(100);
		Hazard atProvince = new Hazard(1, 2, "450422", "楼梯扶手松动", SafetyCategory.BUILDINGS, null,
				HazardStatus.RECTIFYING, HazardGrade.MAJOR, TODAY, null, 0, null, EscalationLevel.PROVINCE,
				startOf(TODAY));
		assertThat(atProvince.escalate(late, startOf(late), EVERY_TWO_DAYS)).isEmpty();
		Hazard fixed = graded(HazardGrade.GENERAL);
		fixed.fixOnTheSpot(7, Instant.EPOCH);
		assertThat(fixed.escalate(late, startOf(late), EVERY_TWO_DAYS)).isEmpty();
		assertThat(fixed.escalationLevel).isEqualTo(EscalationLevel.SCHOOL);
	}

	@Test
	void aSupervisedHazardIsAcceptedByItsBureauBeforeTheSchoolAcceptsOrClosesIt() {
		Hazard hazard = graded(HazardGrade.MAJOR);
		hazard.startRectification(true);
		hazard.completeRectification(7);
		assertThatThrownBy(() -> hazard.verify(8, true, true)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				ex -> assertThat(ex.fieldErrors()).containsEntry("status", "hazard.supervised.awaitsAcceptance"));
		hazard.verify(8, true, false);
		assertThatThrownBy(() -> hazard.close(Instant.EPOCH, true)).isInstanceOf(BusinessRuleViolation.class);
		hazard.close(Instant.EPOCH, false);
		assertThat(hazard.status).isEqualTo(HazardStatus.CLOSED);
	}

	@Test
	void aTownshipSchoolsHazardRisesThroughTheTownshipAndStopsAtTheTopLevel() {
		Hazard hazard = new Hazard(1, 2, "450422100", "围墙倾斜", SafetyCategory.BUILDINGS, null, HazardStatus.RECTIFYING,
				HazardGrade.GENERAL, TODAY, null, 0, null, EscalationLevel.SCHOOL, null);
		Hazard.EscalationRule toTheCity = new Hazard.EscalationRule(1, 10, EscalationLevel.CITY);
		LocalDate day = TODAY.plusDays(1);
		assertThat(hazard.escalate(day, startOf(day), toTheCity).orElseThrow().bureauRegion()).isEqualTo("450422100");
		assertThat(hazard.escalationLevel).isEqualTo(EscalationLevel.TOWNSHIP);
		assertThat(hazard.escalate(day.plusDays(9), startOf(day.plusDays(9)), toTheCity)).isEmpty();
		assertThat(hazard.escalate(day.plusDays(10), startOf(day.plusDays(10)), toTheCity).orElseThrow().bureauRegion())
			.isEqualTo("450422");
		assertThat(hazard.escalate(day.plusDays(20), startOf(day.plusDays(20)), toTheCity).orElseThrow().bureauRegion())
			.isEqualTo("450400");
		assertThat(hazard.escalate(day.plusDays(90), startOf(day.plusDays(90)), toTheCity)).isEmpty();
		assertThat(hazard.escalationLevel).isEqualTo(EscalationLevel.CITY);
	}

	@Test
	void acceptanceIsDueAfterTheEarliestApplicableDateInEitherOrder() {
		LocalDate early = TODAY.plusDays(5);
		LocalDate late = TODAY.plusDays(20);
		assertThat(HazardSupervision.Listing.due(10, early, late)).isEqualTo(TODAY.plusDays(15));
		assertThat(HazardSupervision.Listing.due(10, late, early)).isEqualTo(TODAY.plusDays(15));
		assertThat(HazardSupervision.Listing.due(10, null, late, null)).isEqualTo(TODAY.plusDays(30));
	}

}
