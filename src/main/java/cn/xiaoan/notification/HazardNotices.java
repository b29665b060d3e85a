package cn.xiaoan.notification;

import java.util.Set;

import cn.xiaoan.hazard.HazardEscalated;
import cn.xiaoan.hazard.HazardSupervised;
import cn.xiaoan.hazard.SupervisedHazardOverdue;
import cn.xiaoan.hazard.SupervisedHazardRectified;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of what happened to hazards. Runs after the hazard's transaction commits,
 * in its own; the event publication registry keeps the event until this has completed, so
 * a crash in between only delays the message.
 */
@Component
class HazardNotices {

	private static final Set<Role> BUREAU_SAFETY = Set.of(Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER);

	private static final Set<Role> SCHOOL_SAFETY = Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	private final Notifications notifications;

	HazardNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	/** The bureau an overdue hazard has reached hears of it. */
	@ApplicationModuleListener
	void on(HazardEscalated event) {
		notifications.toBureau(RegionCode.of(event.bureauRegion()), BUREAU_SAFETY, "notify.hazard.escalated",
				link(event.hazardId()), event.number(), event.title(), event.bureauRegion(),
				event.deadline().toString());
	}

	/**
	 * The school's leaders hear that their hazard is supervised, and until when; the
	 * supervising bureau's inbox keeps the notice it issued.
	 */
	@ApplicationModuleListener
	void on(HazardSupervised event) {
		notifications.toSchool(event.schoolId(), SCHOOL_SAFETY, "notify.hazard.supervised", link(event.hazardId()),
				event.number(), event.title(), event.deadline().toString());
		notifications.toBureau(RegionCode.of(event.bureauRegion()), BUREAU_SAFETY, "notify.hazard.supervising",
				link(event.hazardId()), event.number(), event.title(), event.noticeNo(), event.deadline().toString());
	}

	/** The supervising bureau hears that a hazard it supervises ran past its deadline. */
	@ApplicationModuleListener
	void on(SupervisedHazardOverdue event) {
		notifications.toBureau(RegionCode.of(event.bureauRegion()), BUREAU_SAFETY, "notify.hazard.supervisedOverdue",
				link(event.hazardId()), event.number(), event.title(), event.noticeNo(), event.deadline().toString());
	}

	/**
	 * The supervising bureau is asked to accept a supervised hazard the school rectified.
	 */
	@ApplicationModuleListener
	void on(SupervisedHazardRectified event) {
		notifications.toBureau(RegionCode.of(event.bureauRegion()), BUREAU_SAFETY, "notify.hazard.supervisedRectified",
				link(event.hazardId()), event.number(), event.title(), event.noticeNo());
	}

	private static String link(long hazardId) {
		return "/hazards/" + hazardId;
	}

}
