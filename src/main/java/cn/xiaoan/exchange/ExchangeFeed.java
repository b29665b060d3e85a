package cn.xiaoan.exchange;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.hazard.HazardEscalated;
import cn.xiaoan.hazard.HazardReported;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened here into envelopes for the installation above: ledger facts only —
 * number, school, category, grade, escalation. The hazard's title and description are
 * free text that may name a pupil, and who found it is a person, so neither goes up.
 * Without a peer above nothing is written.
 */
@Component
class ExchangeFeed {

	private final Outbox outbox;

	private final OrgManagement org;

	private final Clock clock;

	ExchangeFeed(Outbox outbox, OrgManagement org, Clock clock) {
		this.outbox = outbox;
		this.org = org;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(HazardReported event) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("hazardId", event.hazardId());
		body.put("number", event.number());
		body.put("schoolId", event.schoolId());
		// a school's name and place are public (OrgManagement.findSchool)
		body.put("schoolName", org.findSchool(event.schoolId()).map(SchoolSummary::name).orElse(""));
		body.put("regionCode", event.regionCode());
		body.put("category", event.category().name());
		body.put("grade", event.suggestedGrade() == null ? null : event.suggestedGrade().name());
		body.put("reportedAt", OffsetDateTime.now(clock).toString());
		outbox.enqueue(PeerDirection.UP, MirroredHazards.REPORTED, body);
	}

	@ApplicationModuleListener
	void on(HazardEscalated event) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("hazardId", event.hazardId());
		body.put("level", event.level().name());
		outbox.enqueue(PeerDirection.UP, MirroredHazards.ESCALATED, body);
	}

}
