package cn.xiaoan.bullying;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 待办 of bullying: for the committee, cases to decide (late first), families to inform and
 * follow-up visits due within three days; for the county office, appeals to answer and
 * cases undecided past their deadline. Students appear by case number only.
 */
@Component
class BullyingTodos implements TodoSource {

	private final JdbcClient jdbc;

	private final BullyingAccess access;

	private final BullyingDeadlines deadlines;

	private final MessageSource messages;

	BullyingTodos(JdbcClient jdbc, BullyingAccess access, BullyingDeadlines deadlines, MessageSource messages) {
		this.jdbc = jdbc;
		this.access = access;
		this.deadlines = deadlines;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		if (!user.can(BullyingPermissions.BULLYING_HANDLE)) {
			return List.of();
		}
		var today = deadlines.today();
		List<Todo> todos = new ArrayList<>();
		if (user.atOneSchool() && user.scope().schoolId() != null
				&& access.onCommittee(user, user.scope().schoolId())) {
			collect(todos,
					"""
							select id, 'decide', decision_due from bullying.bullying_case where school_id = :k and state = 'INVESTIGATING'
							union all
							select c.id, 'inform', c.decided_at::date from bullying.bullying_case c where c.school_id = :k
							  and c.state = 'DECIDED' and (select count(*) from bullying.family_notice n where n.case_id = c.id) < 2
							union all
							select f.case_id, 'followUp', min(f.due_on) from bullying.follow_up f
							  join bullying.bullying_case c on c.id = f.case_id
							where c.school_id = :k and f.done_at is null and f.due_on <= :soon group by f.case_id
							order by 3 limit :limit""",
					user.scope().schoolId(), today, limit, locale);
		}
		access.officeCounty(user)
			.ifPresent(county -> collect(todos,
					"""
							select c.id, 'answer', a.answer_due from bullying.appeal a join bullying.bullying_case c on c.id = a.case_id
							where c.region_code like :k || '%' and a.answered_at is null
							union all
							select id, 'late', decision_due from bullying.bullying_case
							where region_code like :k || '%' and state = 'INVESTIGATING' and decision_due < :today
							order by 3 limit :limit""",
					county, today, limit, locale));
		return todos.size() > limit ? todos.subList(0, limit) : todos;
	}

	private void collect(List<Todo> todos, String sql, Object key, java.time.LocalDate today, int limit,
			Locale locale) {
		jdbc.sql(sql)
			.param("k", key)
			.param("soon", today.plusDays(3))
			.param("today", today)
			.param("limit", limit)
			.query((rs, n) -> {
				long id = rs.getLong(1);
				var due = rs.getObject(3, java.time.LocalDate.class);
				return new Todo(
						messages.getMessage("bullying.todo." + rs.getString(2), new Object[] { String.valueOf(id) },
								locale),
						due == null ? "" : due.toString(), "/bullying/cases/" + id,
						due == null ? null : due.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
						due != null && due.isBefore(today));
			})
			.list()
			.forEach(todos::add);
	}

}
