package cn.xiaoan.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Trigger only. Without peers the outbox is empty and a tick is one indexed query that
 * finds nothing.
 */
@Component
class ExchangeJobs {

	private static final Logger log = LoggerFactory.getLogger(ExchangeJobs.class);

	private final ExchangePush push;

	ExchangeJobs(ExchangePush push) {
		this.push = push;
	}

	@Scheduled(fixedDelayString = "${xiaoan.exchange.push-delay:PT10S}")
	void pushDue() {
		int sent = push.pushDue();
		if (sent > 0) {
			log.info("Pushed {} envelopes to peer installations", sent);
		}
	}

}
