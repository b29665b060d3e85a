package cn.xiaoan.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Trigger only: first full syncs of new peers above, then the push. Without peers the
 * outbox is empty and a tick is two indexed queries that find nothing.
 */
@Component
class ExchangeJobs {

	private static final Logger log = LoggerFactory.getLogger(ExchangeJobs.class);

	private final ExchangePush push;

	private final FirstSync firstSync;

	ExchangeJobs(ExchangePush push, FirstSync firstSync) {
		this.push = push;
		this.firstSync = firstSync;
	}

	@Scheduled(fixedDelayString = "${xiaoan.exchange.push-delay:PT10S}")
	void pushDue() {
		int synced = firstSync.syncNewPeers();
		if (synced > 0) {
			log.info("Queued {} open hazards for the first full sync of a peer above", synced);
		}
		int sent = push.pushDue();
		if (sent > 0) {
			log.info("Pushed {} envelopes to peer installations", sent);
		}
	}

}
