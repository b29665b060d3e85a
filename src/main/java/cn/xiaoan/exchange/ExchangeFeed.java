package cn.xiaoan.exchange;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.hazard.HazardEscalated;
import cn.xiaoan.hazard.HazardReported;
import cn.xiaoan.hazard.HazardStatusChanged;
import cn.xiaoan.hazard.OpenHazards;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened here into envelopes for the installation above: ledger facts only —
 * number, school, category, grade, escalation, and each later state (status, grade,
 * deadline, closing, escalation, 挂牌督办: {@link HazardStatusChanged}). The
 * {@code hazard.escalated} envelope stays for an installation above on the release before
 * escalation travelled in the state. The hazard's title and description are free text
 * that may name a pupil, and who found it is a person, so neither goes up. Without a peer
 * above nothing is written. A peer above added later first receives the open hazards once
 * ({@link #firstSync}, run by {@link FirstSync}).
 */
@Component
class ExchangeFeed {

	/** Open hazards read per query of the first full sync. */
	static final int SYNC_BATCH = 500;

	private final Outbox outbox;

	private final OrgManagement org;

	private final OpenHazards open;

	private final Clock clock;

	ExchangeFeed(Outbox outbox, OrgManagement org, OpenHazards open, Clock clock) {
		this.outbox = outbox;
		this.org = org;
		this.open = open;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(HazardReported event) {
		outbox.enqueue(PeerDirection.UP, MirroredHazards.REPORTED,
				reported(event, schoolName(event.schoolId()), OffsetDateTime.now(clock)));
	}

	@ApplicationModuleListener
	void on(HazardEscalated event) {
		outbox.enqueue(PeerDirection.UP, MirroredHazards.ESCALATED, escalated(event.hazardId(), event.level().name()));
	}

	@ApplicationModuleListener
	void on(HazardStatusChanged event) {
		outbox.enqueue(PeerDirection.UP, MirroredHazards.STATUS, state(event, schoolName(event.schoolId()), false));
	}

	/**
	 * The first full sync to a peer above: every hazard open here, as the envelopes the
	 * live feed would have written, in id order. The mirror above keys hazards by peer
	 * and id, so hazards also sent live are not doubled and a repeated sync changes
	 * nothing. Runs as the installation (no person is signed in on a peer's behalf).
	 */
	int firstSync(long peer) {
		Map<Long, String> names = new HashMap<>();
		return AsInstallation.call(() -> {
			int sent = 0;
			long after = 0;
			while (true) {
				List<OpenHazards.OpenHazard> batch = open.after(after, SYNC_BATCH);
				for (OpenHazards.OpenHazard hazard : batch) {
					long school = hazard.facts().schoolId();
					outbox.enqueueTo(peer, MirroredHazards.REPORTED, reported(hazard.facts(),
							names.computeIfAbsent(school, this::schoolName), hazard.foundAt()));
					outbox.enqueueTo(peer, MirroredHazards.STATUS, state(hazard.state(), names.get(school), false));
					if (hazard.escalation() != cn.xiaoan.hazard.EscalationLevel.SCHOOL) {
						outbox.enqueueTo(peer, MirroredHazards.ESCALATED,
								escalated(hazard.facts().hazardId(), hazard.escalation().name()));
					}
					after = hazard.facts().hazardId();
					sent++;
				}
				if (batch.size() < SYNC_BATCH) {
					return sent;
				}
			}
		});
	}

	/**
	 * The states of what a peer above synced at {@code since}, before states travelled,
	 * may hold: every hazard open here or changed since, each only updating a hazard the
	 * peer has. Runs as the installation.
	 */
	int statesSince(long peer, OffsetDateTime since) {
		Map<Long, String> names = new HashMap<>();
		return AsInstallation.call(() -> {
			int sent = 0;
			long after = 0;
			while (true) {
				List<HazardStatusChanged> batch = open.changedSince(since, after, SYNC_BATCH);
				for (HazardStatusChanged state : batch) {
					outbox.enqueueTo(peer, MirroredHazards.STATUS,
							state(state, names.computeIfAbsent(state.schoolId(), this::schoolName), true));
					after = state.hazardId();
					sent++;
				}
				if (batch.size() < SYNC_BATCH) {
					return sent;
				}
			}
		});
	}

	/** A school's name and place are public ({@link OrgManagement#findSchool}). */
	private String schoolName(long school) {
		return org.findSchool(school).map(SchoolSummary::name).orElse("");
	}

	/**
	 * The {@code hazard.status} envelope: the hazard's whole state as of its version
	 * here, with the facts of its report ({@link MirroredState}); {@code existingOnly}
	 * when sent to bring a mirror above up to date, updating a hazard it has but never
	 * adding one.
	 */
	static Map<String, Object> state(HazardStatusChanged state, String schoolName, boolean existingOnly) {
		Map<String, Object> body = MirroredState.of(state, schoolName).body(false);
		if (existingOnly) {
			body.put("existingOnly", true);
		}
		return body;
	}

	private static Map<String, Object> reported(HazardReported event, String schoolName, OffsetDateTime at) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("hazardId", event.hazardId());
		body.put("number", event.number());
		body.put("schoolId", event.schoolId());
		body.put("schoolName", schoolName);
		body.put("regionCode", event.regionCode());
		body.put("category", event.category().name());
		body.put("grade", event.suggestedGrade() == null ? null : event.suggestedGrade().name());
		body.put("reportedAt", at.toString());
		return body;
	}

	private static Map<String, Object> escalated(long hazardId, String level) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("hazardId", hazardId);
		body.put("level", level);
		return body;
	}

}
