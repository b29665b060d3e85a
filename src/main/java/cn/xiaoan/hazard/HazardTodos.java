package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of the hazard module at the caller's level: a school's leaders rectify its open
 * hazards and verify the rectified ones; a supervising bureau accepts the supervised
 * hazards rectified for it. One indexed query each, nearest deadline first.
 */
@Component
class HazardTodos implements TodoSource {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	HazardTodos(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		LocalDate today = LocalDate.now(clock);
		DataScope scope = user.scope();
		if (scope.kind() == DataScope.Kind.SCHOOL && user.can(Permission.HAZARD_MANAGE)) {
			return jdbc.sql("""
					select id, title, status, deadline from hazard.hazard
					where school_id = :s and status not in ('VERIFIED', 'CLOSED')
					order by deadline nulls last, id limit :limit""")
				.param("s", scope.schoolId())
				.param("limit", limit)
				.query((rs, n) -> todo(rs.getLong(1), rs.getString(2),
						"AWAITING_VERIFICATION".equals(rs.getString(3)) ? "hazard.todo.verify" : "hazard.todo.rectify",
						rs.getObject(4, LocalDate.class), today, locale))
				.list();
		}
		if (scope.kind() == DataScope.Kind.REGION && user.can(Permission.HAZARD_SUPERVISE)) {
			return jdbc.sql("""
					select h.id, h.title, s.acceptance_due from hazard.supervision s
					join hazard.hazard h on h.id = s.hazard_id
					where s.bureau_region = :r and s.accepted_at is null and h.status = 'AWAITING_VERIFICATION'
					order by s.acceptance_due, h.id limit :limit""")
				.param("r", RegionCode.fromPrefix(scope.regionPrefix()).value())
				.param("limit", limit)
				.query((rs, n) -> todo(rs.getLong(1), rs.getString(2), "hazard.todo.accept",
						rs.getObject(3, LocalDate.class), today, locale))
				.list();
		}
		return List.of();
	}

	private Todo todo(long id, String title, String key, LocalDate deadline, LocalDate today, Locale locale) {
		// a deadline is a day: due at its end, in the installation's zone
		Instant due = deadline == null ? null : deadline.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		return new Todo(messages.getMessage(key, new Object[] { title }, locale), HazardSummary.number(id),
				"/hazards/" + id, due, deadline != null && deadline.isBefore(today));
	}

}
