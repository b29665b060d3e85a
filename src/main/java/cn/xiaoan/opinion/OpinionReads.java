package cn.xiaoan.opinion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read models of cases and tasks, in Beijing time. Callers have checked the scope;
 * the ledger's SQL filters by it.
 */
@Component
class OpinionReads {

	private static final String ROW = """
			select c.id, c.title, c.unit_name, c.severity, c.source, c.state, c.occurred_at, c.opened_at,
			       c.approver_name, c.region_code, c.first_release_at, c.press_at,
			       (select count(*) from opinion.task t where t.case_id = c.id and t.state <> 'DONE') open_tasks,
			       (select count(*) from opinion.task t where t.case_id = c.id and t.state <> 'DONE'
			          and t.deadline < :now) overdue_tasks
			from opinion.opinion_case c""";

	private static final String TASK = """
			select t.id, t.case_id, c.title case_title, c.severity, c.occurred_at, c.location, c.description, c.state case_state,
			    t.department_id,
			       d.name department, d.kind, t.title, t.owner_account_id, t.owner_name, t.deadline, t.state, t.note,
			       t.answered_at, t.escalated_at
			from opinion.task t join opinion.opinion_case c on c.id = t.case_id
			join opinion.department d on d.id = t.department_id""";

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	OpinionReads(JdbcClient jdbc, PolicyManagement policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/** The cases of the scope, newest first (500 at most). */
	List<CaseRow> cases(DataScope scope, CaseState state, Severity severity, Instant now) {
		return jdbc.sql(ROW + " " + """
				where c.region_code like :prefix || '%'
				  and (cast(:school as bigint) is null or c.school_id = :school
				       or exists (select 1 from opinion.case_school s where s.case_id = c.id and s.school_id = :school))
				  and (cast(:state as varchar) is null or c.state = :state)
				  and (cast(:severity as varchar) is null or c.severity = :severity)
				order by c.occurred_at desc, c.id desc limit 500""")
			.param("prefix", scope.sqlRegionPrefix())
			.param("school", scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null)
			.param("state", state == null ? null : state.name())
			.param("severity", severity == null ? null : severity.name())
			.param("now", OpinionTime.utc(now))
			.query((rs, n) -> row(rs, now))
			.list();
	}

	CaseRow row(long caseId, Instant now) {
		return jdbc.sql(ROW + " where c.id = :id")
			.param("id", caseId)
			.param("now", OpinionTime.utc(now))
			.query((rs, n) -> row(rs, now))
			.single();
	}

	ReleaseDeadlines deadlines(String regionCode, Severity severity, Instant occurred, Instant first, Instant press) {
		return ReleaseDeadlines.of(severity, occurred,
				policy.effective(PolicySetting.OPINION_FIRST_RELEASE_HOURS, regionCode).asInt(),
				policy.effective(PolicySetting.OPINION_PRESS_CONFERENCE_HOURS, regionCode).asInt(), first, press);
	}

	TaskView task(long taskId, Instant now) {
		return jdbc.sql(TASK + " where t.id = :id").param("id", taskId).query((rs, n) -> task(rs, now)).single();
	}

	List<TaskView> tasksOfCase(long caseId, Instant now) {
		return jdbc.sql(TASK + " where t.case_id = :c order by t.deadline, t.id")
			.param("c", caseId)
			.query((rs, n) -> task(rs, now))
			.list();
	}

	/** An account's tasks: open ones first, soonest due first; 200 at most. */
	List<TaskView> tasksOf(long accountId, Instant now) {
		return jdbc.sql(TASK + " where t.owner_account_id = :a order by t.state = 'DONE', t.deadline, t.id limit 200")
			.param("a", accountId)
			.query((rs, n) -> task(rs, now))
			.list();
	}

	List<StatementView> statements(long caseId) {
		return jdbc.sql("""
				select id, kind, title, body, state, drafted_by, drafted_by_name, drafted_at, approved_at, published_at,
				       return_note
				from opinion.statement where case_id = :c order by drafted_at, id""")
			.param("c", caseId)
			.query((rs, n) -> new StatementView(rs.getLong(1), StatementKind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), StatementState.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7),
					local(rs, "drafted_at"), local(rs, "approved_at"), local(rs, "published_at"), rs.getString(11)))
			.list();
	}

	List<TimelineEntry> timeline(long caseId) {
		return jdbc.sql("select at, actor, entry_key, args from opinion.timeline where case_id = :c order by at, id")
			.param("c", caseId)
			.query((rs, n) -> new TimelineEntry(local(rs, "at"), rs.getString("actor"), rs.getString("entry_key"),
					Arrays.asList((String[]) rs.getArray("args").getArray())))
			.list();
	}

	/** The case's own fields the summary row leaves out. */
	Map<String, Object> fields(long caseId) {
		Map<String, Object> fields = new HashMap<>();
		jdbc.sql(
				"""
						select description, location, opened_by_name, approver_account_id, related_kind, related_id, region_code,
						       school_id
						from opinion.opinion_case where id = :id""")
			.param("id", caseId)
			.query(rs -> {
				for (String column : List.of("description", "location", "opened_by_name", "approver_account_id",
						"related_kind", "related_id", "region_code", "school_id")) {
					fields.put(column, rs.getObject(column));
				}
			});
		return fields;
	}

	static OffsetDateTime local(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : local(t.toInstant());
	}

	static OffsetDateTime local(Instant at) {
		return at == null ? null : at.atZone(ZoneId.systemDefault()).toOffsetDateTime();
	}

	private CaseRow row(ResultSet rs, Instant now) throws SQLException {
		Severity severity = Severity.valueOf(rs.getString("severity"));
		OffsetDateTime occurred = rs.getObject("occurred_at", OffsetDateTime.class);
		OffsetDateTime first = rs.getObject("first_release_at", OffsetDateTime.class);
		OffsetDateTime press = rs.getObject("press_at", OffsetDateTime.class);
		boolean open = "OPEN".equals(rs.getString("state"));
		boolean late = open && deadlines(rs.getString("region_code"), severity, occurred.toInstant(),
				first == null ? null : first.toInstant(), press == null ? null : press.toInstant())
			.late(now);
		return new CaseRow(rs.getLong("id"), rs.getString("title"), rs.getString("unit_name"), severity,
				CaseSource.valueOf(rs.getString("source")), CaseState.valueOf(rs.getString("state")),
				local(occurred.toInstant()), local(rs, "opened_at"), rs.getString("approver_name"),
				rs.getInt("open_tasks"), rs.getInt("overdue_tasks"), late);
	}

	private static TaskView task(ResultSet rs, Instant now) throws SQLException {
		OffsetDateTime deadline = rs.getObject("deadline", OffsetDateTime.class);
		TaskState state = TaskState.valueOf(rs.getString("state"));
		return new TaskView(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_title"),
				Severity.valueOf(rs.getString("severity")), local(rs, "occurred_at"), rs.getString("location"),
				rs.getString("description"), CaseState.valueOf(rs.getString("case_state")), rs.getLong("department_id"),
				rs.getString("department"), DepartmentKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getLong("owner_account_id"), rs.getString("owner_name"), local(deadline.toInstant()), state,
				rs.getString("note"), local(rs, "answered_at"),
				state != TaskState.DONE && now.isAfter(deadline.toInstant()), rs.getObject("escalated_at") != null);
	}

}
