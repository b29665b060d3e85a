package cn.xiaoan.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a school's principal and safety officer of risk points whose review (每学期至少复评一次)
 * falls due within {@value #DAYS_AHEAD} days. Each point is claimed by an update before
 * anyone is notified, so with several app instances a reminder still goes out once per
 * review date.
 */
@Service
public class RiskReviewReminders {

	static final int DAYS_AHEAD = 7;

	private record Due(long schoolId, int points, LocalDate earliest) {
	}

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final Clock clock;

	RiskReviewReminders(JdbcClient jdbc, Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Sends the reminders due; answers how many schools were reminded. */
	@Transactional
	public int remindDue() {
		LocalDate today = LocalDate.now(clock);
		List<Due> due = jdbc.sql("""
				with claimed as (
				  update risk.point set review_reminded_for = review_due
				  where review_due is not null and review_due <= :horizon
				    and review_reminded_for is distinct from review_due
				  returning school_id, review_due)
				select school_id, count(*), min(review_due) from claimed group by school_id""")
			.param("horizon", today.plusDays(DAYS_AHEAD))
			.query((rs, n) -> new Due(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class)))
			.list();
		for (Due d : due) {
			notifications.toSchool(d.schoolId(), Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER),
					"notify.risk.review", "/schools/" + d.schoolId() + "/risks?due=true", String.valueOf(d.points()),
					d.earliest().toString());
		}
		return due.size();
	}

}
