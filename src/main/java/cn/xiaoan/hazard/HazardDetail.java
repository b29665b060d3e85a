package cn.xiaoan.hazard;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A hazard with its 五落实 plan, supervision, history, and the steps the caller may take
 * now; {@code awaitsBureauAcceptance} when the caller must wait for the supervising
 * bureau ({@code supervisingBureau}, its region's name) to accept it on site.
 */
record HazardDetail(HazardSummary hazard, RectificationPlan plan, List<Transition> transitions,
		HazardSupervision.Listing supervision, String schoolName, List<HazardStep> steps, String supervisingBureau,
		boolean awaitsBureauAcceptance) {

	/** One step of the lifecycle: who moved it, when, and why. */
	record Transition(HazardStatus from, HazardStatus to, String byName, OffsetDateTime at, String note, String noteKey,
			List<String> noteArgs) {

		/** The arguments of {@code noteKey} for a message lookup. */
		public Object[] noteArgArray() {
			return noteArgs.toArray();
		}

		Transition withArgs(List<String> args) {
			return new Transition(from, to, byName, at, note, noteKey, args);
		}

	}

}
