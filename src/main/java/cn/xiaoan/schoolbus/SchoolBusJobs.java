package cn.xiaoan.schoolbus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Triggers only: the rules live in {@link ExpiryAlerts}. */
@Component
class SchoolBusJobs {

	private static final Logger log = LoggerFactory.getLogger(SchoolBusJobs.class);

	private final ExpiryAlerts alerts;

	SchoolBusJobs(ExpiryAlerts alerts) {
		this.alerts = alerts;
	}

	@Scheduled(cron = "${xiaoan.jobs.schoolbus-expiry:0 30 7 * * *}")
	void expiryAlerts() {
		int sent = alerts.sendDue();
		if (sent > 0) {
			log.info("Sent {} school-bus expiry alerts", sent);
		}
	}

}
