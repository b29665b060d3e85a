package cn.xiaoan.people;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Triggers only: the rules live in {@link StudentRetention}. Safe on two instances: a row
 * is anonymised once (the sweep skips anonymised rows, and anonymising twice changes
 * nothing).
 */
@Component
class StudentRetentionJobs {

	private final StudentRetention retention;

	StudentRetentionJobs(StudentRetention retention) {
		this.retention = retention;
	}

	@Scheduled(cron = "${xiaoan.jobs.student-retention:0 30 2 * * *}")
	void anonymiseDue() {
		retention.anonymiseDue();
	}

}
