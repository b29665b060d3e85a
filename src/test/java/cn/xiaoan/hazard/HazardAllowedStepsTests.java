package cn.xiaoan.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.SafetyCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps a hazard's page offers are exactly those its aggregate would accept from the
 * caller, in every state, for every kind of caller, with and without a plan and a
 * supervision: the page never offers a step that would fail, nor hides one that would
 * succeed.
 */
class HazardAllowedStepsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final long RECTIFIER = 7;

	/**
	 * The school's safety officer who did the work, another manager, a bureau, a reader.
	 */
	private static final List<Hazard.Caller> CALLERS = List.of(new Hazard.Caller(RECTIFIER, true, false),
			new Hazard.Caller(8, true, false), new Hazard.Caller(9, false, true), new Hazard.Caller(10, false, false));

	/** The steps the aggregate itself decides (the others are the bureau's records). */
	private static final Set<HazardStep> LIFECYCLE = EnumSet.of(HazardStep.REGISTER, HazardStep.GRADE, HazardStep.START,
			HazardStep.COMPLETE, HazardStep.VERIFY, HazardStep.CLOSE, HazardStep.SPOTFIX);

	@Test
	void everyOfferedLifecycleStepIsOneTheAggregateAcceptsAndNoAcceptedOneIsHidden() {
		int checked = 0;
		for (HazardGrade grade : HazardGrade.values()) {
			for (HazardStatus status : HazardStatus.values()) {
				for (boolean hasPlan : new boolean[] { false, true }) {
					for (HazardSupervision.Listing listing : listings(grade)) {
						for (Hazard.Caller caller : CALLERS) {
							Hazard hazard = in(status, grade);
							List<HazardStep> offered = hazard.allowedSteps(caller, listing, hasPlan, TODAY);
							for (HazardStep step : LIFECYCLE) {
								boolean accepted = accepts(in(status, grade), step, caller, listing, hasPlan);
								assertThat(offered.contains(step))
									.as("%s %s %s plan=%s listing=%s %s", step, status, grade, hasPlan, listing != null,
											caller)
									.isEqualTo(accepted);
								checked++;
							}
						}
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(500);
	}

	@Test
	void aFiledPlanIsNotOfferedAgainAndAMajorHazardStartsOnlyWithItsPlan() {
		Hazard.Caller manager = CALLERS.get(1);
		assertThat(in(HazardStatus.GRADED, HazardGrade.MAJOR).allowedSteps(manager, null, false, TODAY))
			.contains(HazardStep.PLAN)
			.doesNotContain(HazardStep.START);
		assertThat(in(HazardStatus.GRADED, HazardGrade.MAJOR).allowedSteps(manager, null, true, TODAY))
			.contains(HazardStep.START)
			.doesNotContain(HazardStep.PLAN);
		assertThat(in(HazardStatus.RECTIFYING, HazardGrade.MAJOR).allowedSteps(manager, null, true, TODAY))
			.containsExactly(HazardStep.COMPLETE);
	}

	@Test
	void theRectifierIsNotOfferedVerificationAndAVerifiedHazardOffersOnlyClosing() {
		assertThat(in(HazardStatus.AWAITING_VERIFICATION, HazardGrade.GENERAL).allowedSteps(CALLERS.get(0), null, true,
				TODAY))
			.isEmpty();
		assertThat(in(HazardStatus.AWAITING_VERIFICATION, HazardGrade.GENERAL).allowedSteps(CALLERS.get(1), null, true,
				TODAY))
			.containsExactly(HazardStep.VERIFY);
		assertThat(in(HazardStatus.VERIFIED, HazardGrade.GENERAL).allowedSteps(CALLERS.get(1), null, true, TODAY))
			.containsExactly(HazardStep.CLOSE);
	}

	@Test
	void aSupervisedHazardAwaitsItsBureauBeforeTheSchoolVerifiesOrClosesIt() {
		HazardSupervision.Listing listed = listing(null);
		assertThat(in(HazardStatus.AWAITING_VERIFICATION, HazardGrade.MAJOR).allowedSteps(CALLERS.get(1), listed, true,
				TODAY))
			.doesNotContain(HazardStep.VERIFY);
		assertThat(in(HazardStatus.AWAITING_VERIFICATION, HazardGrade.MAJOR).allowedSteps(CALLERS.get(2), listed, true,
				TODAY))
			.containsExactly(HazardStep.VERIFY);
		assertThat(in(HazardStatus.VERIFIED, HazardGrade.MAJOR).allowedSteps(CALLERS.get(1), listed, true, TODAY))
			.isEmpty();
	}

	/** No supervision; and for a major hazard also listed, and listed and accepted. */
	private static List<HazardSupervision.Listing> listings(HazardGrade grade) {
		List<HazardSupervision.Listing> listings = new ArrayList<>();
		listings.add(null);
		if (grade == HazardGrade.MAJOR) {
			listings.add(listing(null));
			listings.add(listing(OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.UTC)));
		}
		return listings;
	}

	private static HazardSupervision.Listing listing(OffsetDateTime acceptedAt) {
		return new HazardSupervision.Listing("COUNTY", "450422", "督办〔2026〕YH000001", TODAY.plusDays(20),
				TODAY.plusDays(27), "县安全科", OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC), acceptedAt,
				null, "");
	}

	/** A hazard of this grade in this state, the work done by {@link #RECTIFIER}. */
	private static Hazard in(HazardStatus status, HazardGrade grade) {
		boolean graded = status.ordinal() >= HazardStatus.GRADED.ordinal();
		boolean rectified = status.ordinal() >= HazardStatus.AWAITING_VERIFICATION.ordinal();
		return new Hazard(1, 2, "450422", "楼梯扶手松动", SafetyCategory.BUILDINGS, grade, status, graded ? grade : null,
				TODAY.plusDays(10), rectified ? RECTIFIER : null, 0,
				status == HazardStatus.CLOSED ? Instant.EPOCH : null, EscalationLevel.SCHOOL, null);
	}

	/**
	 * Would the aggregate take this step from this caller? The school's steps need a
	 * manager; 验收 a manager or, for a supervised hazard, its bureau.
	 */
	private static boolean accepts(Hazard hazard, HazardStep step, Hazard.Caller caller,
			HazardSupervision.Listing listing, boolean hasPlan) {
		boolean awaitingBureau = listing != null && listing.acceptedAt() == null;
		boolean allowed = step == HazardStep.VERIFY ? caller.manage() || caller.supervise() && listing != null
				: caller.manage();
		if (!allowed) {
			return false;
		}
		try {
			switch (step) {
				case REGISTER -> hazard.register();
				case GRADE -> hazard.grade(hazard.grade != null ? hazard.grade : hazard.suggestedGrade,
						TODAY.plusDays(10), TODAY);
				case START -> hazard.startRectification(hasPlan);
				case COMPLETE -> hazard.completeRectification(caller.accountId());
				case VERIFY -> hazard.verify(caller.accountId(), true, awaitingBureau && !caller.supervise());
				case CLOSE -> hazard.close(Instant.EPOCH, awaitingBureau);
				case SPOTFIX -> hazard.fixOnTheSpot(caller.accountId(), Instant.EPOCH);
				default -> throw new IllegalArgumentException(step.name());
			}
			return true;
		}
		catch (BusinessRuleViolation ex) {
			return false;
		}
	}

}
