package cn.xiaoan.emergency;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A plan with one of its versions (the current one unless another was asked for), every
 * version saved, the filing history and the steps the caller may take now ({@code EDIT},
 * {@code FILE}, {@code ACCEPT}, {@code RETURN}).
 */
public record PlanView(PlanRow plan, String schoolName, int shownVersion, String procedures, List<PlanMember> members,
		List<PlanContact> contacts, List<EvacuationRoute> routes, List<Version> versions, List<Event> history,
		List<String> steps) {

	/** A saved version. */
	public record Version(int number, String note, String savedBy, OffsetDateTime savedAt) {
	}

	/** 报备 history: filed, accepted or returned (with the bureau's comments). */
	public record Event(String action, int version, String comment, String by, OffsetDateTime at) {

		public String messageKey() {
			return "emergency.plan.event." + action;
		}

	}

	public boolean can(String step) {
		return steps.contains(step);
	}

	public boolean current() {
		return shownVersion == plan.currentVersion();
	}

	public LocalDate reviewDueOn() {
		return plan.reviewDueOn();
	}

}
