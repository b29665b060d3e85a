package cn.xiaoan.institutions;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of this module, for a township's bureau: the rectifications still without evidence
 * (due by their deadline) and the resettlement groups of its banned institutions still
 * open.
 */
@Component
class InstitutionsTodos implements TodoSource {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	InstitutionsTodos(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		DataScope scope = user.scope();
		if (!user.can(InstitutionsManagement.INSTITUTIONS_EDIT) || scope.kind() != DataScope.Kind.REGION
				|| scope.regionPrefix().length() != 9) {
			return List.of();
		}
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		List<Todo> todos = new ArrayList<>(jdbc.sql("""
				select r.id, i.name, r.deadline, i.id from institutions.rectification r
				join institutions.institution i on i.id = r.institution_id
				where r.region_code = :r and r.status = 'OPEN' order by r.deadline limit :limit""")
			.param("r", scope.regionPrefix())
			.param("limit", limit)
			.query((rs, n) -> {
				LocalDate deadline = rs.getDate(3).toLocalDate();
				return new Todo(
						messages.getMessage("institutions.todo.rectify", new Object[] { rs.getString(2) }, locale),
						null, "/institutions/" + rs.getLong(4), deadline.plusDays(1).atStartOfDay(zone).toInstant(),
						deadline.isBefore(today));
			})
			.list());
		todos.addAll(jdbc.sql("""
				select i.name, i.id, count(*) from institutions.resettlement s
				join institutions.ban b on b.id = s.ban_id join institutions.institution i on i.id = b.institution_id
				where s.region_code = :r and s.status = 'OPEN' group by i.name, i.id order by i.name limit :limit""")
			.param("r", scope.regionPrefix())
			.param("limit", limit)
			.query((rs,
					n) -> new Todo(
							messages.getMessage("institutions.todo.resettle",
									new Object[] { rs.getString(1), rs.getLong(3) }, locale),
							null, "/institutions/" + rs.getLong(2), null, false))
			.list());
		return todos.size() > limit ? todos.subList(0, limit) : todos;
	}

}
