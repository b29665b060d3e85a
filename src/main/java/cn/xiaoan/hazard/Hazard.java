package cn.xiaoan.hazard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.SafetyCategory;

/**
 * A hazard and the rules of its lifecycle. State changes are methods that refuse what the
 * rules do not allow; {@link HazardManagement} loads, calls and saves, and records each
 * transition.
 */
final class Hazard {

	final long id;

	final long schoolId;

	final String regionCode;

	final String title;

	final SafetyCategory category;

	final HazardGrade suggestedGrade;

	HazardStatus status;

	HazardGrade grade;

	LocalDate deadline;

	Long rectifiedBy;

	int rejections;

	Instant closedAt;

	EscalationLevel escalationLevel;

	Instant escalatedAt;

	Hazard(long id, long schoolId, String regionCode, String title, SafetyCategory category, HazardGrade suggestedGrade,
			HazardStatus status, HazardGrade grade, LocalDate deadline, Long rectifiedBy, int rejections,
			Instant closedAt, EscalationLevel escalationLevel, Instant escalatedAt) {
		this.id = id;
		this.schoolId = schoolId;
		this.regionCode = regionCode;
		this.title = title;
		this.category = category;
		this.suggestedGrade = suggestedGrade;
		this.status = status;
		this.grade = grade;
		this.deadline = deadline;
		this.rectifiedBy = rectifiedBy;
		this.rejections = rejections;
		this.closedAt = closedAt;
		this.escalationLevel = escalationLevel;
		this.escalatedAt = escalatedAt;
	}

	/** 登记: the safety office enters the report in the ledger. */
	void register() {
		require(HazardStatus.REPORTED);
		status = HazardStatus.REGISTERED;
	}

	/**
	 * 评估定级: graded general or major with a deadline; may be re-graded until work starts.
	 */
	void grade(HazardGrade newGrade, LocalDate newDeadline, LocalDate today) {
		if (status != HazardStatus.REGISTERED && status != HazardStatus.GRADED) {
			throw invalid();
		}
		if (newGrade == null) {
			throw new BusinessRuleViolation("grade", "hazard.grade.required");
		}
		if (newDeadline == null || newDeadline.isBefore(today)) {
			throw new BusinessRuleViolation("deadline", "hazard.deadline.past");
		}
		grade = newGrade;
		deadline = newDeadline;
		status = HazardStatus.GRADED;
	}

	/** 整改 starts; a major hazard needs its complete 五落实 plan first. */
	void startRectification(boolean hasPlan) {
		require(HazardStatus.GRADED);
		if (grade == HazardGrade.MAJOR && !hasPlan) {
			throw new BusinessRuleViolation("plan", "hazard.plan.required");
		}
		status = HazardStatus.RECTIFYING;
	}

	/** The rectifier reports the work done; verification follows. */
	void completeRectification(long by) {
		require(HazardStatus.RECTIFYING);
		rectifiedBy = by;
		status = HazardStatus.AWAITING_VERIFICATION;
	}

	/**
	 * 验收 by someone other than the rectifier; a rejection sends the hazard back to 整改.
	 * While {@code awaitingBureau} (挂牌督办 without the supervising bureau's acceptance)
	 * only that bureau may accept it: the school may still send the work back.
	 */
	void verify(long by, boolean accepted, boolean awaitingBureau) {
		require(HazardStatus.AWAITING_VERIFICATION);
		if (rectifiedBy != null && rectifiedBy == by) {
			throw new BusinessRuleViolation("verifier", "hazard.verifier.same");
		}
		if (accepted && awaitingBureau) {
			throw awaitsAcceptance();
		}
		if (accepted) {
			status = HazardStatus.VERIFIED;
		}
		else {
			rejections++;
			status = HazardStatus.RECTIFYING;
		}
	}

	/** 销号; a supervised hazard only once its bureau has accepted it on site. */
	void close(Instant now, boolean awaitingBureau) {
		require(HazardStatus.VERIFIED);
		if (awaitingBureau) {
			throw awaitsAcceptance();
		}
		status = HazardStatus.CLOSED;
		closedAt = now;
	}

	/**
	 * 立查立改: a general hazard fixed on the spot is closed at once with its after-photo.
	 */
	void fixOnTheSpot(long by, Instant now) {
		if (status != HazardStatus.REPORTED && status != HazardStatus.REGISTERED && status != HazardStatus.GRADED) {
			throw invalid();
		}
		if (major()) {
			throw new BusinessRuleViolation("grade", "hazard.spotfix.major");
		}
		grade = HazardGrade.GENERAL;
		rectifiedBy = by;
		status = HazardStatus.CLOSED;
		closedAt = now;
	}

	/**
	 * How overdue hazards rise in a region: first {@code graceDays} after the deadline,
	 * then one level each further {@code periodDays}, up to {@code top}.
	 */
	record EscalationRule(int graceDays, int periodDays, EscalationLevel top) {
	}

	/**
	 * 逾期上报: an open hazard rises ONE level (school → township where the school has one →
	 * county → city → province) once the rule's grace has passed since its deadline, and
	 * one more each further period after its last rise, never above the rule's top.
	 * Answers the event to tell, or nothing when it is not due.
	 */
	Optional<HazardEscalated> escalate(LocalDate today, Instant now, EscalationRule rule) {
		if (!escalationDue(today, now, rule)) {
			return Optional.empty();
		}
		escalationLevel = escalationLevel.next(regionCode);
		escalatedAt = now;
		return Optional.of(new HazardEscalated(id, HazardSummary.number(id), schoolId, regionCode, title, deadline,
				escalationLevel, escalationLevel.bureau(regionCode).value()));
	}

	boolean escalationDue(LocalDate today, Instant now, EscalationRule rule) {
		if (!overdue(today) || escalationLevel.next(regionCode).compareTo(rule.top()) > 0
				|| escalationLevel == EscalationLevel.PROVINCE) {
			return false;
		}
		return escalatedAt == null ? !deadline.plusDays(rule.graceDays()).isAfter(today)
				: !escalatedAt.plus(Duration.ofDays(rule.periodDays())).isAfter(now);
	}

	/**
	 * Who asks which steps are open: their account, whether they manage the school's
	 * hazards ({@code manage}) and whether they supervise from a bureau
	 * ({@code supervise}, for a listed hazard only its supervising bureau).
	 */
	record Caller(long accountId, boolean manage, boolean supervise) {
	}

	/**
	 * The steps {@code caller} may take now — the one source the hazard's page shows its
	 * forms from: only those this state's rules would accept from this caller
	 * ({@code listing} is the hazard's supervision or null, {@code hasPlan} whether its
	 * 五落实 plan is filed). So a filed plan is not offered again, a major hazard is not
	 * offered 开始整改 before its plan, the rectifier is not offered 验收, and a supervised
	 * hazard is not offered 验收 or 销号 to the school before its bureau accepted it.
	 */
	List<HazardStep> allowedSteps(Caller caller, HazardSupervision.Listing listing, boolean hasPlan, LocalDate today) {
		List<HazardStep> steps = new ArrayList<>();
		boolean manage = caller.manage();
		boolean supervise = caller.supervise();
		boolean early = status == HazardStatus.REPORTED || status == HazardStatus.REGISTERED
				|| status == HazardStatus.GRADED;
		if (manage) {
			if (status == HazardStatus.REPORTED) {
				steps.add(HazardStep.REGISTER);
			}
			if (status == HazardStatus.REGISTERED || status == HazardStatus.GRADED) {
				steps.add(HazardStep.GRADE);
			}
			if (!hasPlan && grade != null && (status == HazardStatus.GRADED || status == HazardStatus.RECTIFYING)) {
				steps.add(HazardStep.PLAN);
			}
			if (status == HazardStatus.GRADED && (grade != HazardGrade.MAJOR || hasPlan)) {
				steps.add(HazardStep.START);
			}
			if (status == HazardStatus.RECTIFYING) {
				steps.add(HazardStep.COMPLETE);
			}
		}
		// A supervised hazard is accepted by its bureau before the school may close it.
		boolean awaitingBureau = listing != null && listing.acceptedAt() == null;
		boolean rectifier = rectifiedBy != null && rectifiedBy == caller.accountId();
		if (status == HazardStatus.AWAITING_VERIFICATION && !rectifier
				&& (manage && !awaitingBureau || supervise && listing != null)) {
			steps.add(HazardStep.VERIFY);
		}
		if (manage && status == HazardStatus.VERIFIED && !awaitingBureau) {
			steps.add(HazardStep.CLOSE);
		}
		if (manage && early && !major()) {
			steps.add(HazardStep.SPOTFIX);
		}
		if (supervise && grade == HazardGrade.MAJOR && status.open() && listing == null) {
			steps.add(HazardStep.SUPERVISE);
		}
		if (supervise && listing != null && listing.overdue(today)) {
			steps.add(HazardStep.SUMMON);
		}
		return steps;
	}

	/** Major as graded, or as suggested while not yet graded. */
	private boolean major() {
		return grade == HazardGrade.MAJOR || (grade == null && suggestedGrade == HazardGrade.MAJOR);
	}

	boolean overdue(LocalDate today) {
		return status.open() && deadline != null && deadline.isBefore(today);
	}

	private void require(HazardStatus expected) {
		if (status != expected) {
			throw invalid();
		}
	}

	private static BusinessRuleViolation awaitsAcceptance() {
		return new BusinessRuleViolation("status", "hazard.supervised.awaitsAcceptance");
	}

	private BusinessRuleViolation invalid() {
		return new BusinessRuleViolation("status", "hazard.transition.invalid");
	}

}
