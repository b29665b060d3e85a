package cn.xiaoan.accident;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Role;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of accidents: a bureau's reports to sign for or send on at its level (late ones
 * flagged); a school's open accidents whose insurer is not told yet.
 */
@Component
class AccidentTodos implements TodoSource {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	AccidentTodos(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		List<Todo> todos = new ArrayList<>();
		if (user.can(AccidentManagement.ACCIDENT_FORWARD) && user.role().kind() == Role.Kind.BUREAU
				&& !user.scope().homeRegion().isEmpty()) {
			String region = RegionCodes.full(user.scope().homeRegion());
			if (ReportLevel.ofBureau(region) != null) {
				chain(region, locale, limit, todos);
			}
		}
		if (user.can(AccidentManagement.ACCIDENT_MANAGE) && user.atOneSchool()) {
			insurer(user.scope().schoolId(), locale, limit, todos);
		}
		return todos.size() > limit ? todos.subList(0, limit) : todos;
	}

	/** Reports at the bureau's level: to sign for, or to send on. */
	private void chain(String region, Locale locale, int limit, List<Todo> todos) {
		Instant now = clock.instant();
		jdbc.sql("""
				select a.id, a.kind, a.place, h.due_at, h.received_at is null as unsigned,
				       (select n.due_at from accident.hop n where n.accident_id = a.id and n.from_level = h.to_level
				        and n.sent_at is null) as next_due
				from accident.hop h join accident.accident a on a.id = h.accident_id
				where h.to_region = :r and h.sent_at is not null
				  and (h.received_at is null or exists (select 1 from accident.hop n where n.accident_id = a.id
				       and n.from_level = h.to_level and n.sent_at is null))
				order by h.due_at limit :limit""").param("r", region).param("limit", limit).query(rs -> {
			OffsetDateTime due = rs.getObject(6, OffsetDateTime.class);
			boolean unsigned = rs.getBoolean(5);
			String what = text(unsigned ? "accident.todo.receive" : "accident.todo.forward", locale,
					text("accident.kind." + rs.getString(2), locale), rs.getString(3));
			Instant deadline = due == null ? null : due.toInstant();
			todos.add(new Todo(what, null, "/accidents/" + rs.getLong(1), deadline,
					deadline != null && now.isAfter(deadline)));
		});
	}

	/** The school's open accidents with people hurt whose insurer is not told. */
	private void insurer(long school, Locale locale, int limit, List<Todo> todos) {
		jdbc.sql("""
				select a.id, a.kind, a.place, a.occurred_at from accident.accident a
				where a.school_id = :s and a.closed_at is null
				  and exists (select 1 from accident.victim v where v.accident_id = a.id)
				  and not exists (select 1 from accident.claim c where c.accident_id = a.id)
				order by a.occurred_at limit :limit""").param("s", school).param("limit", limit).query(rs -> {
			todos.add(new Todo(text("accident.todo.insurer", locale, text("accident.kind." + rs.getString(2), locale),
					rs.getString(3)), null, "/accidents/" + rs.getLong(1), null, false));
		});
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
