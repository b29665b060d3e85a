package cn.xiaoan.surroundings;

import java.time.Clock;
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
 * To-dos of this module: a partner department's open cases (due by their deadline), and
 * for a school's leaders the guard-post windows of the recent days that ended with no
 * check-in.
 */
@Component
class SurroundingsTodos implements TodoSource {

	private final JdbcClient jdbc;

	private final GuardPosts posts;

	private final MessageSource messages;

	private final Clock clock;

	SurroundingsTodos(JdbcClient jdbc, GuardPosts posts, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		DataScope scope = user.scope();
		ZoneId zone = clock.getZone();
		List<Todo> todos = new ArrayList<>();
		Department department = Department.of(user.role());
		if (department != null && user.can(SurroundingsPermissions.ACT) && scope.kind() == DataScope.Kind.REGION) {
			java.time.LocalDate today = java.time.LocalDate.now(clock);
			todos.addAll(jdbc.sql("""
					select c.id, v.name, c.deadline from surroundings.venue_case c
					join surroundings.venue v on v.id = c.venue_id
					where c.state = 'OPEN' and c.department = :d and c.region_code like :p
					order by c.deadline limit :limit""")
				.param("d", department.name())
				.param("p", scope.regionPrefix() + "%")
				.param("limit", limit)
				.query((rs, n) -> {
					java.time.LocalDate due = rs.getDate(3).toLocalDate();
					return new Todo(
							messages.getMessage("surroundings.todo.case", new Object[] { rs.getString(2) }, locale),
							null, "/surroundings/venue-cases/" + rs.getLong(1),
							due.plusDays(1).atStartOfDay(zone).toInstant(), due.isBefore(today));
				})
				.list());
		}
		if (user.can(SurroundingsPermissions.POSTS) && scope.kind() == DataScope.Kind.SCHOOL) {
			posts.gaps("", scope.schoolId(), limit)
				.forEach(
						g -> todos.add(new Todo(
								messages.getMessage("surroundings.todo.gap", new Object[] { g.postName(), g.onDate() },
										locale),
								null, "/surroundings/guard-posts#gaps",
								g.onDate().atTime(g.endsAt()).atZone(zone).toInstant(), true)));
		}
		return todos.size() > limit ? todos.subList(0, limit) : todos;
	}

}
