package cn.xiaoan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The module's 待办: the decision tasks assigned to the caller and not done; for a body,
 * its own overdue tasks; for a township, its quarterly meeting while not yet held.
 */
@Component
class MeetingTodos implements TodoSource {

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	private final MessageSource messages;

	private final Clock clock;

	MeetingTodos(JdbcClient jdbc, PolicyManagement policy, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		LocalDate today = LocalDate.now(clock);
		ZoneId zone = clock.getZone();
		List<Todo> todos = new ArrayList<>();
		String body = user.can(MeetingPermissions.MANAGE) ? MeetingManagement.body(user) : null;
		if (body != null && RegionCode.of(body).level() == RegionCode.Level.TOWNSHIP) {
			Quarter quarter = Quarter.of(today);
			int held = jdbc.sql("""
					select count(*) from meeting.meeting
					where region_code = :r and kind = 'TOWNSHIP' and held_at >= :from and held_at < :to""")
				.param("r", body)
				.param("from", quarter.first().atStartOfDay(zone).toOffsetDateTime())
				.param("to", quarter.last().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
				.query(Integer.class)
				.single();
			if (held < policy.effective(PolicySetting.MEETING_TOWNSHIP_PER_QUARTER, body).asInt()) {
				todos.add(new Todo(text("meeting.todo.quarter", locale),
						text("meeting.todo.quarter.detail", locale, quarter.last().toString()), "/meetings/new",
						quarter.last().plusDays(1).atStartOfDay(zone).toInstant(), false));
			}
		}
		jdbc.sql("""
				select t.id, t.decision, t.deadline, m.title from meeting.task t
				join meeting.meeting m on m.id = t.meeting_id
				where t.status <> 'DONE'
				  and (t.assignee_account_id = :me or (t.region_code = :body and t.deadline < :today))
				order by t.deadline, t.id limit :limit""")
			.param("me", user.accountId())
			.param("body", body == null ? "-" : body)
			.param("today", today)
			.param("limit", limit)
			.query(rs -> {
				LocalDate deadline = rs.getObject(3, LocalDate.class);
				todos.add(new Todo(text("meeting.todo.task", locale, rs.getString(2)),
						text("meeting.todo.task.detail", locale, rs.getString(4), deadline.toString()),
						MeetingManagement.taskLink(rs.getLong(1)), deadline.plusDays(1).atStartOfDay(zone).toInstant(),
						deadline.isBefore(today)));
			});
		return todos.size() > limit ? todos.subList(0, limit) : todos;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
