package cn.xiaoan.opinion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Triggers only: the rules live in {@link OpinionFollowUp}. */
@Component
class OpinionJobs {

	private static final Logger log = LoggerFactory.getLogger(OpinionJobs.class);

	private final OpinionFollowUp followUp;

	OpinionJobs(OpinionFollowUp followUp) {
		this.followUp = followUp;
	}

	/** Every five minutes: release deadlines are counted in hours. */
	@Scheduled(cron = "${xiaoan.jobs.opinion-follow-up:0 */5 * * * *}")
	void followUp() {
		int tasks = followUp.overdueTasks();
		int deadlines = followUp.missedDeadlines();
		if (tasks + deadlines > 0) {
			log.info("Opinion follow-up: {} task messages, {} missed release deadlines told", tasks, deadlines);
		}
	}

}
