package cn.xiaoan.bullying;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags each case undecided past its deadline to the county once: the office's members
 * and the county bureau's safety officers get an inbox message (the school's name, never
 * the students'), the principal too. The flag is set by one update, so two instances
 * never flag a case twice.
 */
@Component
class BullyingLateness {

	private final JdbcClient jdbc;

	private final BullyingDeadlines deadlines;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BullyingLateness(JdbcClient jdbc, BullyingDeadlines deadlines, Notifications notifications,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	int flagLate() {
		record Late(long id, long schoolId, String regionCode, String schoolName, LocalDate due) {
		}
		List<Late> late = jdbc
			.sql("""
					update bullying.bullying_case set late_flagged_at = :now
					where decided_at is null and state = 'INVESTIGATING' and decision_due < :today and late_flagged_at is null
					returning id, school_id, region_code, school_name, decision_due""")
			.param("now", OffsetDateTime.now(clock))
			.param("today", deadlines.today())
			.query((rs, n) -> new Late(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class)))
			.list();
		for (Late c : late) {
			String county = c.regionCode().substring(0, 6);
			String due = c.due().toString();
			List<Long> office = jdbc.sql("select account_id from bullying.office_member where county_code = :c")
				.param("c", county)
				.query(Long.class)
				.list();
			if (!office.isEmpty()) {
				notifications.toAccounts(office, "notify.bullying.late", "/bullying/cases/" + c.id(), c.schoolName(),
						due);
			}
			notifications.toBureau(RegionCode.of(county), Set.of(Role.BUREAU_SAFETY_OFFICER), "notify.bullying.late",
					"/bullying", c.schoolName(), due);
			notifications.toSchool(c.schoolId(), Set.of(Role.PRINCIPAL), "notify.bullying.late",
					"/bullying/cases/" + c.id(), c.schoolName(), due);
			events.publishEvent(new BullyingDecisionLate(c.id(), c.schoolId(), c.regionCode(), c.due()));
		}
		return late.size();
	}

}
