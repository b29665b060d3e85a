package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nothing overdue stays quiet: an open hazard past its deadline is raised one level
 * (school → county → city → province) and the bureau of that level is notified; it rises
 * again each further period of {@code HAZARD_ESCALATE_AFTER_OVERDUE_DAYS}. Safe with
 * several app instances: the level moves by a compare-and-set update, so each step
 * happens exactly once whoever runs it.
 */
@Service
public class HazardEscalation {

	enum Level {

		SCHOOL, COUNTY, CITY, PROVINCE;

		Level next() {
			return this == PROVINCE ? PROVINCE : values()[ordinal() + 1];
		}

		RegionCode bureau(String schoolRegion) {
			return switch (this) {
				case COUNTY -> RegionCode.of(schoolRegion.substring(0, 6));
				case CITY -> RegionCode.of(schoolRegion.substring(0, 4) + "00");
				case PROVINCE -> RegionCode.of(schoolRegion.substring(0, 2) + "0000");
				case SCHOOL -> throw new IllegalStateException("a school is not a bureau");
			};
		}

	}

	private record Candidate(long id, long schoolId, String regionCode, String title, LocalDate deadline, Level level,
			OffsetDateTime escalatedAt) {
	}

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HazardEscalation(JdbcClient jdbc, PolicyManagement policy, Notifications notifications,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/** Escalates every hazard due for it; answers how many moved up. */
	@Transactional
	public int escalateOverdue() {
		LocalDate today = LocalDate.now(clock);
		OffsetDateTime now = OffsetDateTime.now(clock);
		PolicySnapshot snapshot = policy.snapshot();
		List<Candidate> candidates = jdbc.sql("""
				select id, school_id, region_code, title, deadline, escalation_level, escalated_at from hazard.hazard
				where status not in ('VERIFIED', 'CLOSED') and deadline < :today and escalation_level <> 'PROVINCE'""")
			.param("today", today)
			.query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, java.time.LocalDate.class), Level.valueOf(rs.getString(6)),
					rs.getObject(7, OffsetDateTime.class)))
			.list();
		int moved = 0;
		for (Candidate c : candidates) {
			int days = snapshot.effective(PolicySetting.HAZARD_ESCALATE_AFTER_OVERDUE_DAYS, c.regionCode()).asInt();
			boolean due = c.escalatedAt() == null ? !c.deadline().plusDays(days - 1L).isAfter(today.minusDays(1))
					: !c.escalatedAt().plusDays(days).isAfter(now);
			if (due && escalate(c, now)) {
				moved++;
			}
		}
		return moved;
	}

	private boolean escalate(Candidate c, OffsetDateTime now) {
		Level next = c.level().next();
		int updated = jdbc.sql("""
				update hazard.hazard set escalation_level = :next, escalated_at = :now
				where id = :id and escalation_level = :current""")
			.param("next", next.name())
			.param("now", now)
			.param("id", c.id())
			.param("current", c.level().name())
			.update();
		if (updated == 0) {
			return false;
		}
		RegionCode bureau = next.bureau(c.regionCode());
		String number = HazardSummary.number(c.id());
		jdbc.sql("""
				insert into hazard.transition (hazard_id, from_status, to_status, by_account, by_name, at, note)
				select id, status, status, null, 'system', :now, :note from hazard.hazard where id = :id""")
			.param("now", now)
			.param("note", "逾期上报至" + next.name() + " " + bureau.value())
			.param("id", c.id())
			.update();
		notifications.toBureau(bureau, Set.of(Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER), "notify.hazard.escalated",
				"/hazards/" + c.id(), number, c.title(), bureau.value(), c.deadline().toString());
		events.publishEvent(EntityChanged.updated("hazard", c.id(), c.regionCode(), c.schoolId(),
				Map.of("escalationLevel", c.level().name()), Map.of("escalationLevel", next.name())));
		return true;
	}

}
