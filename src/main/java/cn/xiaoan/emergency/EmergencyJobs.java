package cn.xiaoan.emergency;

import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Triggers only: the reminders before a period ends without a drill
 * ({@link DrillCompliance#remindBeforePeriodEnd}), run as the system, which reads every
 * school. Each reminder is claimed by a row first, so two instances send it once.
 */
@Component
class EmergencyJobs {

	private static final Logger log = LoggerFactory.getLogger(EmergencyJobs.class);

	private final DrillCompliance compliance;

	EmergencyJobs(DrillCompliance compliance) {
		this.compliance = compliance;
	}

	@Scheduled(cron = "${xiaoan.jobs.drill-reminders:0 30 8 * * *}", zone = "${xiaoan.time-zone:Asia/Shanghai}")
	void remindSchoolsWithoutDrill() {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(
				new CurrentUser(0, "system", "系统", Role.SYSTEM_ADMIN, DataScope.all(), null, false)));
		SecurityContextHolder.setContext(context);
		try {
			int sent = compliance.remindBeforePeriodEnd();
			if (sent > 0) {
				log.info("Reminded {} schools of a drill missing before the period ends", sent);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
