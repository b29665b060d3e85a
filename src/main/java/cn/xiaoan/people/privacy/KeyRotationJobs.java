package cn.xiaoan.people.privacy;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-encrypts personal data under the current key in the background: batches for up to a
 * few seconds per run, then leaves the database to the users (ADR 0015).
 */
@Component
class KeyRotationJobs {

	private final KeyRotation rotation;

	private final Duration budget;

	KeyRotationJobs(KeyRotation rotation, @Value("${xiaoan.keys.reencrypt-budget:PT3S}") Duration budget) {
		this.rotation = rotation;
		this.budget = budget;
	}

	@Scheduled(fixedDelayString = "${xiaoan.keys.reencrypt-delay:10000}", initialDelay = 15_000)
	void reencrypt() {
		long end = System.nanoTime() + budget.toNanos();
		while (rotation.step() && System.nanoTime() < end) {
			// next batch
		}
	}

}
