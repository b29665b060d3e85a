package cn.xiaoan.bullying;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Triggers only: the rules live in {@link BullyingLateness} and {@link RateLimits}. */
@Component
class BullyingJobs {

	private static final Logger log = LoggerFactory.getLogger(BullyingJobs.class);

	private final BullyingLateness lateness;

	private final RateLimits limits;

	BullyingJobs(BullyingLateness lateness, RateLimits limits) {
		this.lateness = lateness;
		this.limits = limits;
	}

	@Scheduled(cron = "${xiaoan.jobs.bullying-late:0 15 * * * *}")
	void flagLate() {
		int late = lateness.flagLate();
		limits.prune();
		if (late > 0) {
			log.info("Flagged {} bullying cases undecided past their deadline to the county", late);
		}
	}

}
