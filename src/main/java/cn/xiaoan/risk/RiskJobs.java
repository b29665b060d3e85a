package cn.xiaoan.risk;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Triggers only: the rules live in {@link RiskReviewReminders}. */
@Component
class RiskJobs {

	private final RiskReviewReminders reminders;

	RiskJobs(RiskReviewReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${xiaoan.jobs.risk-review:0 0 7 * * *}")
	void remindReviews() {
		reminders.remindDue();
	}

}
