package cn.xiaoan.opinion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The caller's 待办 of this module: their open tasks, the statements awaiting their
 * approval, and the release deadlines of their unit's open major cases that pass within
 * the next two hours or have passed unmet. Indexed lookups of a few rows each.
 */
@Component
class OpinionTodos implements TodoSource {

	private final JdbcClient jdbc;

	private final OpinionReads reads;

	private final OpinionTime time;

	private final MessageSource messages;

	OpinionTodos(JdbcClient jdbc, OpinionReads reads, OpinionTime time, MessageSource messages) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.time = time;
		this.messages = messages;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		List<Todo> todos = new ArrayList<>();
		Instant now = time.now();
		jdbc.sql(
				"""
						select t.id, t.title, c.title, t.deadline from opinion.task t join opinion.opinion_case c on c.id = t.case_id
						where t.owner_account_id = :me and t.state <> 'DONE' and c.state = 'OPEN' order by t.deadline limit :n""")
			.param("me", user.accountId())
			.param("n", limit)
			.query((rs, n) -> {
				Instant due = rs.getObject(4, OffsetDateTime.class).toInstant();
				return new Todo(text("opinion.todo.task", locale, rs.getString(2)), rs.getString(3),
						"/opinion-tasks/" + rs.getLong(1), due, now.isAfter(due));
			})
			.list()
			.forEach(todos::add);
		jdbc.sql("""
				select c.id, s.title, c.title from opinion.statement s join opinion.opinion_case c on c.id = s.case_id
				where c.approver_account_id = :me and s.state = 'DRAFT' and s.drafted_by <> :me and c.state = 'OPEN'
				order by s.drafted_at limit :n""")
			.param("me", user.accountId())
			.param("n", limit)
			.query((rs, n) -> new Todo(text("opinion.todo.approve", locale, rs.getString(2)), rs.getString(3),
					"/opinions/" + rs.getLong(1), null, false))
			.list()
			.forEach(todos::add);
		if (user.can(OpinionPermissions.MANAGE)) {
			deadlines(user, locale, now, limit).forEach(todos::add);
		}
		return todos.size() > limit ? todos.subList(0, limit) : todos;
	}

	/**
	 * The release deadlines of the caller's unit's open major cases, soon due or missed.
	 */
	private List<Todo> deadlines(CurrentUser user, Locale locale, Instant now, int limit) {
		List<Todo> todos = new ArrayList<>();
		jdbc.sql("""
				select id, title, region_code, school_id, severity, occurred_at, first_release_at, press_at
				from opinion.opinion_case
				where state = 'OPEN' and severity in ('MAJOR', 'EXTRAORDINARY') and region_code like :prefix || '%'
				  and (cast(:school as bigint) is null or school_id = :school)
				  and (first_release_at is null or press_at is null)
				order by occurred_at desc limit :n""")
			.param("prefix", user.scope().sqlRegionPrefix())
			.param("school", user.scope().sqlSchoolId())
			.param("n", limit)
			.query(rs -> {
				ReleaseDeadlines d = reads.deadlines(rs.getString(3), Severity.valueOf(rs.getString(5)),
						rs.getObject(6, OffsetDateTime.class).toInstant(),
						instant(rs.getObject(7, OffsetDateTime.class)), instant(rs.getObject(8, OffsetDateTime.class)));
				for (ReleaseDeadlines.Deadline deadline : List.of(d.firstRelease(), d.press())) {
					boolean soon = deadline.metAt() == null
							&& deadline.due().isBefore(now.plus(java.time.Duration.ofHours(2)));
					if (soon) {
						todos.add(new Todo(
								text("opinion.todo.deadline", locale,
										messages.getMessage(deadline.kind().messageKey(), null, locale)),
								rs.getString(2), "/opinions/" + rs.getLong(1), deadline.due(), deadline.missed(now)));
					}
				}
			});
		return todos;
	}

	private static Instant instant(OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
