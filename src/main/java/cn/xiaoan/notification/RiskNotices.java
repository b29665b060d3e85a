package cn.xiaoan.notification;

import java.util.Set;

import cn.xiaoan.risk.RiskReviewDue;
import cn.xiaoan.shared.Role;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reminds a school's leaders of risk points whose review falls due. */
@Component
class RiskNotices {

	private final Notifications notifications;

	RiskNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(RiskReviewDue event) {
		notifications.toSchool(event.schoolId(), Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER),
				"notify.risk.review", "/schools/" + event.schoolId() + "/risks?due=true",
				String.valueOf(event.points()), event.earliest().toString());
	}

}
