package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nothing overdue stays quiet: runs {@link Hazard#escalate} over the overdue hazards and
 * tells the others by {@link HazardEscalated} ({@code notification} informs the bureau).
 * Safe with several app instances (ADR 0010): each due hazard is loaded again under a row
 * lock before it moves, and the level it reaches is claimed by its unique key in
 * {@code hazard.escalation} first — an instance that finds the level claimed leaves it,
 * so each level happens exactly once whoever runs it.
 */
@Service
class HazardEscalation {

	private final Hazards store;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HazardEscalation(Hazards store, PolicyManagement policy, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** Escalates every hazard due for it; answers how many moved up. */
	@Transactional
	int escalateOverdue() {
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		PolicySnapshot snapshot = policy.snapshot();
		int moved = 0;
		for (Hazard candidate : store.overdueBelowProvince(today)) {
			Hazard.EscalationRule rule = rule(snapshot, candidate.regionCode);
			// The unlocked read only picks candidates; the locked one decides.
			if (candidate.escalationDue(today, now, rule) && escalate(candidate.id, today, now, rule)) {
				moved++;
			}
		}
		return moved;
	}

	/**
	 * The region's policy: grace before the first rise, period between rises, top level.
	 */
	static Hazard.EscalationRule rule(PolicySnapshot snapshot, String region) {
		return new Hazard.EscalationRule(
				snapshot.effective(PolicySetting.HAZARD_ESCALATE_AFTER_OVERDUE_DAYS, region).asInt(),
				snapshot.effective(PolicySetting.HAZARD_ESCALATION_PERIOD_DAYS, region).asInt(),
				EscalationLevel.of(RegionCode.Level
					.valueOf(snapshot.effective(PolicySetting.HAZARD_ESCALATION_TOP_LEVEL, region).value())));
	}

	private boolean escalate(long id, LocalDate today, Instant now, Hazard.EscalationRule rule) {
		Hazard hazard = store.load(id, null);
		EscalationLevel before = hazard.escalationLevel;
		Optional<HazardEscalated> escalated = hazard.escalate(today, now, rule);
		if (escalated.isEmpty()) {
			return false;
		}
		HazardEscalated event = escalated.get();
		if (!store.claimEscalation(id, event.level(), event.bureauRegion())) {
			return false;
		}
		store.save(hazard, hazard.status, null,
				Hazards.Note.keyed("hazard.history.escalated." + event.level().name(), event.bureauRegion()));
		events.publishEvent(event);
		// the level reached is part of the hazard's state (the installation above keeps
		// it)
		events.publishEvent(store.state(id));
		events.publishEvent(EntityChanged.updated("hazard", id, hazard.regionCode, hazard.schoolId,
				Map.of("escalationLevel", before.name()), Map.of("escalationLevel", event.level().name())));
		return true;
	}

}
