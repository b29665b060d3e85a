package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hazard as its page and the API show it: its summary (scope and role checked by
 * {@link HazardManagement#summary}), plan, supervision, every transition and the steps
 * the caller may take.
 */
@Component
@Transactional(readOnly = true)
class HazardDetails {

	private final HazardManagement hazards;

	private final Hazards store;

	private final OrgManagement org;

	private final Clock clock;

	HazardDetails(HazardManagement hazards, Hazards store, OrgManagement org, Clock clock) {
		this.hazards = hazards;
		this.store = store;
		this.org = org;
		this.clock = clock;
	}

	/** The hazard with its plan, supervision and every transition. */
	HazardDetail of(long id) {
		HazardSummary summary = hazards.summary(id);
		CurrentUser caller = Callers.current();
		HazardSupervision.Listing listing = store.listing(id);
		// once listed, only the supervising bureau takes the supervision's steps
		boolean supervise = caller.can(Permission.HAZARD_SUPERVISE)
				&& (listing == null || listing.supervisedBy(caller));
		RectificationPlan plan = store.plan(id);
		List<HazardStep> steps = store.find(id)
			.allowedSteps(new Hazard.Caller(caller.accountId(), caller.can(Permission.HAZARD_MANAGE), supervise),
					listing, plan != null, LocalDate.now(clock));
		// The school is told why it cannot accept or close a supervised hazard yet.
		boolean awaitsBureau = listing != null && listing.acceptedAt() == null && !listing.supervisedBy(caller)
				&& (summary.status().open() || summary.status() == HazardStatus.VERIFIED);
		Map<String, String> regions = org.regionNames();
		// an escalation names its bureau's region by code: the history shows its name
		List<HazardDetail.Transition> history = store.transitions(id)
			.stream()
			.map(t -> t.noteKey() != null && t.noteKey().startsWith("hazard.history.escalated.")
					? t.withArgs(t.noteArgs().stream().map(a -> regions.getOrDefault(a, a)).toList()) : t)
			.toList();
		return new HazardDetail(summary, plan, history, listing,
				org.findSchool(summary.schoolId()).map(SchoolSummary::name).orElse(""), steps,
				listing == null ? "" : regions.getOrDefault(listing.bureauRegion(), listing.bureauRegion()),
				awaitsBureau);
	}

}
