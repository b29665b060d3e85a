package cn.xiaoan.people;

import java.time.Clock;
import java.time.Duration;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges import jobs after {@link PolicySetting#IMPORT_JOB_RETENTION_DAYS} (the
 * installation's national value): their problem lists name rows and masked values of
 * students and parents, kept only as long as a school needs to correct a file (ADR 0018).
 */
@Component
class ImportJobRetention {

	private final ImportJobs jobs;

	private final PolicyManagement policy;

	private final Clock clock;

	ImportJobRetention(ImportJobs jobs, PolicyManagement policy, Clock clock) {
		this.jobs = jobs;
		this.policy = policy;
		this.clock = clock;
	}

	@Scheduled(cron = "${xiaoan.jobs.import-retention:0 20 3 * * *}")
	int purge() {
		int days = policy.effective(PolicySetting.IMPORT_JOB_RETENTION_DAYS, null).asInt();
		return jobs.purgeFinishedBefore(clock.instant().minus(Duration.ofDays(days)));
	}

}
