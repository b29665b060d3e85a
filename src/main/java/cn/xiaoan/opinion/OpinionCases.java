package cn.xiaoan.opinion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import cn.xiaoan.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static cn.xiaoan.opinion.OpinionTime.utc;

/**
 * Loads and saves cases, tasks and statements, and appends to a case's timeline. No scope
 * checks here: {@link OpinionAccess} decides who reaches what.
 */
@Repository
class OpinionCases {

	private static final String CASE = """
			select id, region_code, school_id, title, severity, occurred_at, approver_account_id, state, closed_at,
			       first_release_at, press_at, release_late_told_at, press_late_told_at
			from opinion.opinion_case""";

	private static final String TASK = """
			select id, case_id, owner_account_id, deadline, state, note, answered_at, chased_at, escalated_at
			from opinion.task""";

	private static final String STATEMENT = """
			select id, case_id, kind, drafted_by, state, approved_by, approved_at, published_at, return_note
			from opinion.statement""";

	private final JdbcClient jdbc;

	OpinionCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	OpinionCase load(long id, boolean lock) {
		return jdbc.sql(CASE + " where id = :id" + (lock ? " for update" : ""))
			.param("id", id)
			.query(OpinionCases::opinionCase)
			.optional()
			.orElseThrow(() -> new NotFound("opinion case", id));
	}

	void save(OpinionCase c) {
		jdbc.sql("""
				update opinion.opinion_case set state = :state, closed_at = :closed, first_release_at = :first,
				       press_at = :press, release_late_told_at = :rl, press_late_told_at = :pl
				where id = :id""")
			.param("state", c.state.name())
			.param("closed", utc(c.closedAt))
			.param("first", utc(c.firstReleaseAt))
			.param("press", utc(c.pressAt))
			.param("rl", utc(c.releaseLateToldAt))
			.param("pl", utc(c.pressLateToldAt))
			.param("id", c.id)
			.update();
	}

	/** Is the school one of the case's linked schools? */
	boolean linked(long caseId, long schoolId) {
		return jdbc.sql("select exists (select 1 from opinion.case_school where case_id = :c and school_id = :s)")
			.param("c", caseId)
			.param("s", schoolId)
			.query(Boolean.class)
			.single();
	}

	OpinionTask task(long id, boolean lock) {
		return jdbc.sql(TASK + " where id = :id" + (lock ? " for update" : ""))
			.param("id", id)
			.query(OpinionCases::task)
			.optional()
			.orElseThrow(() -> new NotFound("opinion task", id));
	}

	List<OpinionTask> overdueTasks(Instant now) {
		return jdbc
			.sql(TASK + " where state <> 'DONE' and deadline < :now and (chased_at is null or escalated_at is null)")
			.param("now", utc(now))
			.query(OpinionCases::task)
			.list();
	}

	void save(OpinionTask t) {
		jdbc.sql("""
				update opinion.task set state = :state, note = :note, answered_at = :answered, chased_at = :chased,
				       escalated_at = :escalated
				where id = :id""")
			.param("state", t.state.name())
			.param("note", t.note)
			.param("answered", utc(t.answeredAt))
			.param("chased", utc(t.chasedAt))
			.param("escalated", utc(t.escalatedAt))
			.param("id", t.id)
			.update();
	}

	int openTasks(long caseId) {
		return jdbc.sql("select count(*) from opinion.task where case_id = :c and state <> 'DONE'")
			.param("c", caseId)
			.query(Integer.class)
			.single();
	}

	Statement statement(long id, long caseId, boolean lock) {
		return jdbc.sql(STATEMENT + " where id = :id and case_id = :c" + (lock ? " for update" : ""))
			.param("id", id)
			.param("c", caseId)
			.query(OpinionCases::statement)
			.optional()
			.orElseThrow(() -> new NotFound("opinion statement", id));
	}

	void save(Statement s) {
		jdbc.sql("""
				update opinion.statement set state = :state, approved_by = :by, approved_at = :at, published_at = :pub,
				       return_note = :note
				where id = :id""")
			.param("state", s.state.name())
			.param("by", s.approvedBy)
			.param("at", utc(s.approvedAt))
			.param("pub", utc(s.publishedAt))
			.param("note", s.returnNote)
			.param("id", s.id)
			.update();
	}

	/** Appends a step to the case's timeline: a message key and its (word) arguments. */
	void record(long caseId, Instant at, String actor, String key, String... args) {
		jdbc.sql("insert into opinion.timeline (case_id, at, actor, entry_key, args) values (:c, :at, :actor, :k, :a)")
			.param("c", caseId)
			.param("at", utc(at))
			.param("actor", actor == null ? "" : actor)
			.param("k", key)
			.param("a", Arrays.stream(args).map(a -> a == null ? "" : a).toArray(String[]::new))
			.update();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	private static OpinionCase opinionCase(ResultSet rs, int n) throws SQLException {
		return new OpinionCase(rs.getLong("id"), rs.getString("region_code"), rs.getObject("school_id", Long.class),
				rs.getString("title"), Severity.valueOf(rs.getString("severity")), instant(rs, "occurred_at"),
				rs.getLong("approver_account_id"), CaseState.valueOf(rs.getString("state")), instant(rs, "closed_at"),
				instant(rs, "first_release_at"), instant(rs, "press_at"), instant(rs, "release_late_told_at"),
				instant(rs, "press_late_told_at"));
	}

	private static OpinionTask task(ResultSet rs, int n) throws SQLException {
		return new OpinionTask(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("owner_account_id"),
				instant(rs, "deadline"), TaskState.valueOf(rs.getString("state")), rs.getString("note"),
				instant(rs, "answered_at"), instant(rs, "chased_at"), instant(rs, "escalated_at"));
	}

	private static Statement statement(ResultSet rs, int n) throws SQLException {
		return new Statement(rs.getLong("id"), rs.getLong("case_id"), StatementKind.valueOf(rs.getString("kind")),
				rs.getLong("drafted_by"), StatementState.valueOf(rs.getString("state")),
				rs.getObject("approved_by", Long.class), instant(rs, "approved_at"), instant(rs, "published_at"),
				rs.getString("return_note"));
	}

}
