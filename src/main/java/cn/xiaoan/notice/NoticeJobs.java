package cn.xiaoan.notice;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Triggers only: the rule lives in {@link NoticeDelivery#remindBeforeDeadlines}. */
@Component
class NoticeJobs {

	private static final Logger log = LoggerFactory.getLogger(NoticeJobs.class);

	private final NoticeDelivery delivery;

	private final Clock clock;

	NoticeJobs(NoticeDelivery delivery, Clock clock) {
		this.delivery = delivery;
		this.clock = clock;
	}

	@Scheduled(cron = "${xiaoan.jobs.notice-remind:0 */10 * * * *}")
	@Transactional
	void remindBeforeDeadlines() {
		int reminded = delivery.remindBeforeDeadlines(clock.instant());
		if (reminded > 0) {
			log.info("Reminded the unread readers of {} notices before their deadline", reminded);
		}
	}

}
