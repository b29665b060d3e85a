package cn.xiaoan.emergency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * One plan of a school's plan set with its state towards the bureau (报备). A plan is
 * changed only by saving a new version (the earlier ones are kept); a filed plan waits
 * for the bureau and takes no new version until it is accepted or returned. Saving a
 * version is the plan's review (每年至少评估修订一次): it restarts the review interval, and a
 * changed plan must be filed again.
 */
final class Plan {

	/** The steps a caller may take on a plan, as the page offers them. */
	enum Step {

		EDIT, FILE, ACCEPT, RETURN

	}

	final long id;

	final long schoolId;

	final String regionCode;

	final PlanKind kind;

	String title;

	PlanStatus status;

	int currentVersion;

	LocalDate reviewedOn;

	Integer filedVersion;

	Plan(long id, long schoolId, String regionCode, PlanKind kind, String title, PlanStatus status, int currentVersion,
			LocalDate reviewedOn, Integer filedVersion) {
		this.id = id;
		this.schoolId = schoolId;
		this.regionCode = regionCode;
		this.kind = kind;
		this.title = title;
		this.status = status;
		this.currentVersion = currentVersion;
		this.reviewedOn = reviewedOn;
		this.filedVersion = filedVersion;
	}

	/** A new version saved today: the review restarts and the plan is a draft again. */
	void saveVersion(String newTitle, LocalDate today) {
		if (status == PlanStatus.FILED) {
			throw new BusinessRuleViolation("plan", "emergency.plan.error.filed");
		}
		title = newTitle;
		currentVersion++;
		reviewedOn = today;
		status = PlanStatus.DRAFT;
	}

	/** 报备: the current version goes to the bureau. */
	void file() {
		if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED) {
			throw new BusinessRuleViolation("plan", "emergency.plan.error.notfileable");
		}
		status = PlanStatus.FILED;
		filedVersion = currentVersion;
	}

	void accept() {
		if (status != PlanStatus.FILED) {
			throw new BusinessRuleViolation("plan", "emergency.plan.error.notfiled");
		}
		status = PlanStatus.ACCEPTED;
	}

	/** 退回: the bureau says what to revise. */
	void returnWith(String comment) {
		if (status != PlanStatus.FILED) {
			throw new BusinessRuleViolation("plan", "emergency.plan.error.notfiled");
		}
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleViolation("comment", "emergency.plan.error.comment");
		}
		status = PlanStatus.RETURNED;
	}

	/** Is the yearly review (or the region's interval) due by today? */
	boolean reviewDue(LocalDate today, int intervalDays) {
		return !reviewedOn.plusDays(intervalDays).isAfter(today);
	}

	/** When the next review falls due. */
	LocalDate reviewDueOn(int intervalDays) {
		return reviewedOn.plusDays(intervalDays);
	}

	/** What a school manager or a supervising bureau may do now. */
	List<Step> allowedSteps(boolean manage, boolean supervise) {
		List<Step> steps = new ArrayList<>();
		if (manage && status != PlanStatus.FILED) {
			steps.add(Step.EDIT);
		}
		if (manage && (status == PlanStatus.DRAFT || status == PlanStatus.RETURNED)) {
			steps.add(Step.FILE);
		}
		if (supervise && status == PlanStatus.FILED) {
			steps.add(Step.ACCEPT);
			steps.add(Step.RETURN);
		}
		return steps;
	}

}
