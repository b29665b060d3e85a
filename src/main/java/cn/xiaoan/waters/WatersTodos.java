package cn.xiaoan.waters;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of this module: the patrols due today and not yet recorded — for the staff of the
 * school a schedule names, and for the township that keeps the water. Due by the end of
 * the day.
 */
@Component
class WatersTodos implements TodoSource {

	private static final String DUE = """
			select distinct w.id, w.name from waters.schedule s join waters.water w on w.id = s.water_id
			where """ + PatrolDates.SCHEDULE_DUE + """
			  and not exists (select 1 from waters.patrol p where p.water_id = w.id and p.patrolled_at >= :from
			                  and p.patrolled_at < :to)
			""";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	WatersTodos(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		return dueOn(user, LocalDate.now(clock), locale, limit);
	}

	/**
	 * The patrols due on {@code today} and not yet recorded that day: by the schedules'
	 * periods, weekends and the key dates the bureaus above the water set.
	 */
	List<Todo> dueOn(CurrentUser user, LocalDate today, Locale locale, int limit) {
		if (!user.can(WatersManagement.WATERS_PATROL)) {
			return List.of();
		}
		DataScope scope = user.scope();
		String where;
		if (scope.kind() == DataScope.Kind.SCHOOL) {
			where = " and s.school_id = :school";
		}
		else if (scope.kind() == DataScope.Kind.REGION && scope.regionPrefix().length() == 9) {
			where = " and w.region_code = :region";
		}
		else {
			return List.of();
		}
		var endOfDay = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		return jdbc.sql(DUE + where + " order by w.name limit :limit")
			.param("today", Date.valueOf(today))
			.param("weekend", today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY)
			.param("from", Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant()))
			.param("to", Timestamp.from(endOfDay))
			.param("school", scope.schoolId() == null ? -1L : scope.schoolId())
			.param("region", scope.regionPrefix() == null ? "" : scope.regionPrefix())
			.param("limit", limit)
			.query((rs, n) -> new Todo(
					messages.getMessage("waters.todo.patrol", new Object[] { rs.getString(2) }, locale), null,
					"/waters/patrol?water=" + rs.getLong(1), endOfDay, false))
			.list();
	}

}
