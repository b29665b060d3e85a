package cn.xiaoan.hazard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Triggers only: the rules live in {@link HazardEscalation} and
 * {@link HazardSupervision}.
 */
@Component
class HazardJobs {

	private static final Logger log = LoggerFactory.getLogger(HazardJobs.class);

	private final HazardEscalation escalation;

	private final HazardSupervision supervision;

	HazardJobs(HazardEscalation escalation, HazardSupervision supervision) {
		this.escalation = escalation;
		this.supervision = supervision;
	}

	@Scheduled(cron = "${xiaoan.jobs.hazard-escalation:0 */10 * * * *}")
	void escalateOverdueHazards() {
		int moved = escalation.escalateOverdue();
		if (moved > 0) {
			log.info("Escalated {} overdue hazards", moved);
		}
		int told = supervision.tellOverdue();
		if (told > 0) {
			log.info("Told the supervising bureaus of {} overdue supervised hazards", told);
		}
	}

}
