package cn.xiaoan.liaison;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of liaison: for the police, the clues not yet acknowledged (due at the policy's
 * hours) — a station's police those routed to their station; for the forwarding school or
 * bureau, the police's questions to answer; for a bureau, the clues the police left
 * unacknowledged past the due time; for a school, its 法治副校长 lapsing soon or missing.
 */
@Component
class LiaisonTodos implements TodoSource {

	private final JdbcClient jdbc;

	private final Stations stations;

	private final MessageSource messages;

	private final PolicyManagement policy;

	private final Clock clock;

	LiaisonTodos(JdbcClient jdbc, Stations stations, MessageSource messages, PolicyManagement policy, Clock clock) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.messages = messages;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		DataScope scope = user.scope();
		if (scope.kind() == DataScope.Kind.SELF || !user.can(LiaisonPermissions.LIAISON_READ)) {
			return List.of();
		}
		Instant now = clock.instant();
		List<Todo> todos = new ArrayList<>();
		if (ClueManagement.police(user)) {
			if (user.can(LiaisonPermissions.CLUE_ANSWER)) {
				// a station's police acknowledge its clues; the county's police those of
				// no
				// station, or of a station without police accounts
				String ours = stations.stationOf(user.accountId())
					.map(id -> "station_id = " + id)
					.orElse("(station_id is null or not exists (select 1 from liaison.station_officer o"
							+ " where o.station_id = clue.station_id))");
				todos.addAll(clues(scope, "state = 'FORWARDED' and " + ours, "liaison.todo.acknowledge", locale, limit,
						now));
			}
			return todos;
		}
		if (user.can(LiaisonPermissions.CLUE_FORWARD)) {
			todos.addAll(clues(scope, "state = 'INFO_REQUESTED'", "liaison.todo.answer", locale, limit, now));
			if (scope.kind() == DataScope.Kind.REGION) {
				todos.addAll(clues(scope, "state = 'FORWARDED' and acknowledge_due < :now", "liaison.todo.late", locale,
						limit, now));
			}
		}
		if (scope.kind() == DataScope.Kind.SCHOOL && user.can(LiaisonPermissions.DEPUTY_EDIT)) {
			deputy(scope, locale).ifPresent(todos::add);
		}
		return todos.size() > limit ? todos.subList(0, limit) : todos;
	}

	private List<Todo> clues(DataScope scope, String where, String key, Locale locale, int limit, Instant now) {
		return jdbc.sql("""
				select id, category, unit_name, acknowledge_due from liaison.clue
				where region_code like :prefix || '%' and (cast(:school as bigint) is null or school_id = :school)
				  and """ + " " + where + " order by acknowledge_due limit :limit")
			.param("prefix", scope.sqlRegionPrefix())
			.param("school", scope.sqlSchoolId())
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, n) -> {
				Instant due = rs.getTimestamp(4).toInstant();
				String category = messages.getMessage("liaison.category." + rs.getString(2), null, locale);
				boolean acknowledging = !key.equals("liaison.todo.answer");
				return new Todo(messages.getMessage(key, new Object[] { category, rs.getString(3) }, locale), null,
						"/liaison/clues/" + rs.getLong(1), acknowledging ? due : null,
						acknowledging && now.isAfter(due));
			})
			.list();
	}

	private java.util.Optional<Todo> deputy(DataScope scope, Locale locale) {
		LocalDate today = LocalDate.now(clock.withZone(Clues.BEIJING));
		int days = policy.effective(PolicySetting.LIAISON_DEPUTY_EXPIRY_ALERT_DAYS, scope.schoolRegion()).asInt();
		LocalDate ends = jdbc.sql("""
				select max(ends_on) from liaison.deputy where school_id = :s and starts_on <= :today""")
			.param("s", scope.schoolId())
			.param("today", java.sql.Date.valueOf(today))
			.query(java.sql.Date.class)
			.optional()
			.map(java.sql.Date::toLocalDate)
			.orElse(null);
		if (ends != null && ends.isAfter(today.plusDays(days))) {
			return java.util.Optional.empty();
		}
		String title = ends == null || ends.isBefore(today) ? messages.getMessage("liaison.todo.noDeputy", null, locale)
				: messages.getMessage("liaison.todo.deputyExpiring", new Object[] { ends.toString() }, locale);
		return java.util.Optional.of(new Todo(title, null, "/liaison/deputies", null, false));
	}

}
