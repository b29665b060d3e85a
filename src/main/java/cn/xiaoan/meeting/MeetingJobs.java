package cn.xiaoan.meeting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Triggers only: the rules live in {@link QuarterReminders}. */
@Component
class MeetingJobs {

	private static final Logger log = LoggerFactory.getLogger(MeetingJobs.class);

	private final QuarterReminders reminders;

	MeetingJobs(QuarterReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${xiaoan.jobs.meeting-reminders:0 0 9 * * *}")
	void remind() {
		int townships = reminders.remindTownships();
		int tasks = reminders.chaseOverdueTasks();
		if (townships + tasks > 0) {
			log.info("Reminded {} townships of their quarterly meeting, chased {} overdue meeting tasks", townships,
					tasks);
		}
	}

}
