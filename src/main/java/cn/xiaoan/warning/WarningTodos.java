package cn.xiaoan.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of this module: for a school's leaders, the valid warnings it has not acknowledged
 * (due at the chase time); for a bureau, the warnings with late schools in its region.
 * One indexed query each.
 */
@Component
class WarningTodos implements TodoSource {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	WarningTodos(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		Instant now = clock.instant();
		DataScope scope = user.scope();
		if (scope.kind() == DataScope.Kind.SCHOOL && user.can(WarningManagement.WARNING_ACKNOWLEDGE)) {
			return jdbc.sql("""
					select w.id, w.title, w.level, w.issued_at + make_interval(mins => w.chase_after_min)
					from warning.target t join warning.warning w on w.id = t.warning_id
					where t.school_id = :s and t.acknowledged_at is null and w.valid_until > :now
					order by 4, w.id limit :limit""")
				.param("s", scope.schoolId())
				.param("now", java.sql.Timestamp.from(now))
				.param("limit", limit)
				.query((rs, n) -> {
					Instant due = Warnings.instant(rs, 4);
					String level = messages.getMessage(WarningLevel.valueOf(rs.getString(3)).messageKey(), null,
							locale);
					return new Todo(
							messages.getMessage("warning.todo.acknowledge", new Object[] { rs.getString(2) }, locale),
							level, "/warnings/" + rs.getLong(1), due, due.isBefore(now));
				})
				.list();
		}
		if (scope.kind() == DataScope.Kind.REGION && user.can(WarningManagement.WARNING_READ)) {
			return jdbc.sql("""
					select w.id, w.title, x.late, w.issued_at + make_interval(mins => w.chase_after_min)
					from warning.tally x join warning.warning w on w.id = x.warning_id
					where x.prefix = :p and x.late > 0 and w.valid_until > :now
					order by 4, w.id limit :limit""")
				.param("p", scope.regionPrefix())
				.param("now", java.sql.Timestamp.from(now))
				.param("limit", limit)
				.query((rs, n) -> new Todo(
						messages.getMessage("warning.todo.late", new Object[] { rs.getString(2), rs.getInt(3) },
								locale),
						null, "/warnings/" + rs.getLong(1) + "?filter=late", Warnings.instant(rs, 4), true))
				.list();
		}
		return List.of();
	}

}
