package cn.xiaoan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before a quarter ends (policy: so many days before), every township that has not yet
 * held its meetings hears of it in its accounts' inbox, once a quarter. Safe with several
 * app instances (ADR 0010): the reminder is claimed by its key in
 * {@code meeting.quarter_reminder} before it is sent. Overdue decision tasks are chased
 * once a week through the same inbox.
 */
@Service
class QuarterReminders {

	private static final Set<Role> TOWNSHIP_ACCOUNTS = Set.of(Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER);

	/** Days between two automatic chases of one overdue task. */
	static final int CHASE_EVERY_DAYS = 7;

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final Notifications notifications;

	private final Clock clock;

	QuarterReminders(JdbcClient jdbc, OrgManagement org, PolicyManagement policy, Notifications notifications,
			Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.policy = policy;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Reminds the townships due for it; answers how many were reminded. */
	@Transactional
	int remindTownships() {
		LocalDate today = LocalDate.now(clock);
		Quarter quarter = Quarter.of(today);
		PolicySnapshot rules = policy.snapshot();
		Map<String, Integer> held = new HashMap<>();
		jdbc.sql("""
				select region_code, count(*) from meeting.meeting
				where kind = 'TOWNSHIP' and held_at >= :from and held_at < :to group by region_code""")
			.param("from", quarter.first().atStartOfDay(clock.getZone()).toOffsetDateTime())
			.param("to", quarter.last().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.query(rs -> {
				held.put(rs.getString(1), rs.getInt(2));
			});
		int reminded = 0;
		for (Map.Entry<String, String> region : org.regionNames().entrySet()) {
			String code = region.getKey();
			if (!RegionCode.isValid(code) || RegionCode.of(code).level() != RegionCode.Level.TOWNSHIP) {
				continue;
			}
			int days = rules.effective(PolicySetting.MEETING_REMIND_DAYS_BEFORE_QUARTER_END, code).asInt();
			int required = rules.effective(PolicySetting.MEETING_TOWNSHIP_PER_QUARTER, code).asInt();
			if (today.isBefore(quarter.last().minusDays(days)) || held.getOrDefault(code, 0) >= required) {
				continue;
			}
			if (claim(code, quarter)) {
				notifications.toBureau(RegionCode.of(code), TOWNSHIP_ACCOUNTS, "notify.meeting.quarterDue",
						"/meetings/new", region.getValue(), String.valueOf(quarter.year()),
						String.valueOf(quarter.number()), quarter.last().toString(), String.valueOf(required));
				reminded++;
			}
		}
		return reminded;
	}

	/** Chases every overdue task with an assignee not chased in the last week. */
	@Transactional
	int chaseOverdueTasks() {
		LocalDate today = LocalDate.now(clock);
		var due = jdbc.sql("""
				update meeting.task t set chased_on = :today
				from meeting.meeting m
				where m.id = t.meeting_id and t.status <> 'DONE' and t.deadline < :today
				  and t.assignee_account_id is not null
				  and (t.chased_on is null or t.chased_on <= :since)
				returning t.id, t.assignee_account_id, m.title, t.decision, t.deadline""")
			.param("today", today)
			.param("since", today.minusDays(CHASE_EVERY_DAYS))
			.query()
			.listOfRows();
		for (Map<String, Object> row : due) {
			notifications.toAccounts(java.util.List.of(((Number) row.get("assignee_account_id")).longValue()),
					"notify.meeting.taskOverdue", MeetingManagement.taskLink(((Number) row.get("id")).longValue()),
					(String) row.get("title"), (String) row.get("decision"), String.valueOf(row.get("deadline")));
		}
		return due.size();
	}

	private boolean claim(String region, Quarter quarter) {
		return jdbc.sql("""
				insert into meeting.quarter_reminder (region_code, quarter, sent_at) values (:r, :q, :at)
				on conflict do nothing""")
			.param("r", region)
			.param("q", quarter.toString())
			.param("at", OffsetDateTime.now(clock))
			.update() == 1;
	}

}
