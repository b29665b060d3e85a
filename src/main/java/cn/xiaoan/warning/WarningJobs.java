package cn.xiaoan.warning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Triggers only: the rule lives in {@link WarningChase}. */
@Component
class WarningJobs {

	private static final Logger log = LoggerFactory.getLogger(WarningJobs.class);

	private final WarningChase chase;

	WarningJobs(WarningChase chase) {
		this.chase = chase;
	}

	@Scheduled(cron = "${xiaoan.jobs.warning-chase:0 */5 * * * *}")
	void chaseSilentSchools() {
		int chased = chase.chaseOverdue();
		if (chased > 0) {
			log.info("Chased {} schools that had not acknowledged a warning", chased);
		}
	}

}
