package cn.xiaoan.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces ({@link RiskReviewDue}; {@code notification} reminds a school's principal and
 * safety officer) risk points whose review (每学期至少复评一次) falls due within
 * {@value #DAYS_AHEAD} days. Each point is claimed by an update before the event is
 * published, so with several app instances a reminder still goes out once per review
 * date.
 */
@Service
class RiskReviewReminders {

	static final int DAYS_AHEAD = 7;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RiskReviewReminders(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Sends the reminders due; answers how many schools were reminded. */
	@Transactional
	public int remindDue() {
		LocalDate today = LocalDate.now(clock);
		List<RiskReviewDue> due = jdbc.sql("""
				with claimed as (
				  update risk.point set review_reminded_for = review_due
				  where review_due is not null and review_due <= :horizon
				    and review_reminded_for is distinct from review_due
				  returning school_id, review_due)
				select school_id, count(*), min(review_due) from claimed group by school_id""")
			.param("horizon", today.plusDays(DAYS_AHEAD))
			.query((rs, n) -> new RiskReviewDue(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class)))
			.list();
		due.forEach(events::publishEvent);
		return due.size();
	}

}
