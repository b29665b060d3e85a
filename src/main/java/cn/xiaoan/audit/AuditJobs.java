package cn.xiaoan.audit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Triggers only (ADR 0010): sealing every few seconds under an advisory lock, so one
 * instance appends at a time; the nightly purge, which takes the same lock inside
 * {@code audit.purge_before} and removes only what is older than the retention.
 */
@Component
class AuditJobs {

	private final AuditChain chain;

	private final AuditRetention retention;

	AuditJobs(AuditChain chain, AuditRetention retention) {
		this.chain = chain;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "${xiaoan.audit.seal-interval-ms:3000}", initialDelay = 2000)
	void seal() {
		chain.sealPending();
	}

	@Scheduled(cron = "${xiaoan.jobs.audit-purge:0 30 3 * * *}")
	void purge() {
		retention.purge();
	}

}
