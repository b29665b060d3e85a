package cn.xiaoan.bullying;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads a whole case file; the caller's right to it is checked by {@link BullyingCases}.
 */
@Component
class CaseFileReader {

	private final JdbcClient jdbc;

	CaseFileReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	CaseFile read(long id, LocalDate today, boolean committee, boolean office) {
		var statements = jdbc.sql("""
				select kind, speaker, content, recorded_by, recorded_at from bullying.statement where case_id = :c
				order by recorded_at, id""")
			.param("c", id)
			.query((rs, n) -> new CaseFile.Statement(StatementKind.valueOf(rs.getString(1)), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
			.list();
		var evidence = jdbc
			.sql("""
					select id, file_id, caption, added_by, added_at from bullying.evidence where case_id = :c order by id""")
			.param("c", id)
			.query((rs, n) -> new CaseFile.Evidence(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
			.list();
		var measures = jdbc.sql("""
				select kind, detail, decided_by, decided_at from bullying.measure where case_id = :c order by id""")
			.param("c", id)
			.query((rs, n) -> new CaseFile.Measure(MeasureKind.valueOf(rs.getString(1)), rs.getString(2),
					rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
			.list();
		var notices = jdbc.sql("""
				select side, informed_at, method, informed_by, appeal_until from bullying.family_notice
				where case_id = :c order by side desc""")
			.param("c", id)
			.query((rs, n) -> new CaseFile.Notice(Side.valueOf(rs.getString(1)), rs.getObject(2, OffsetDateTime.class),
					NoticeMethod.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
		var appeal = jdbc.sql("""
				select side, filed_on, reason, answer_due, recorded_by, answered_at, answered_by, outcome, is_bullying,
				  kind, severity, reasoning from bullying.appeal where case_id = :c""")
			.param("c", id)
			.query((rs, n) -> new CaseFile.Appeal(Side.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
					rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
					rs.getObject(6, OffsetDateTime.class), rs.getString(7), value(ReviewOutcome.class, rs, 8),
					(Boolean) rs.getObject(9), value(BullyingKind.class, rs, 10), value(Severity.class, rs, 11),
					rs.getString(12)))
			.optional()
			.orElse(null);
		var followUps = jdbc.sql("""
				select id, subject, due_on, done_at, done_by, note from bullying.follow_up where case_id = :c
				order by due_on, subject desc""")
			.param("c", id)
			.query((rs, n) -> new CaseFile.FollowUp(rs.getLong(1), Side.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getObject(4, OffsetDateTime.class), rs.getString(5),
					rs.getString(6)))
			.list();
		return jdbc.sql("""
				select id, school_id, school_name, channel, reporter_name, reporter_contact, happened_on, place,
				  description, victim_name, victim_grade, actor_names, actor_grade, state, opened_at, decision_due,
				  decided_at, decided_by, is_bullying, kind, severity, reasoning, closed_at, closed_by
				from bullying.bullying_case where id = :c""").param("c", id).query((rs, n) -> {
			LocalDate due = rs.getObject(16, LocalDate.class);
			return new CaseFile(rs.getLong(1), rs.getLong(2), rs.getString(3), Channel.valueOf(rs.getString(4)),
					rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
					CaseState.valueOf(rs.getString(14)),
					rs.getObject(15, OffsetDateTime.class).atZoneSameInstant(BullyingAccess.BEIJING).toLocalDate(), due,
					rs.getObject(17, OffsetDateTime.class), rs.getString(18), (Boolean) rs.getObject(19),
					value(BullyingKind.class, rs, 20), value(Severity.class, rs, 21), rs.getString(22),
					rs.getObject(23, OffsetDateTime.class), rs.getString(24), statements, evidence, measures, notices,
					appeal, followUps, ChronoUnit.DAYS.between(today, due), committee, office);
		}).single();
	}

	private static <E extends Enum<E>> E value(Class<E> type, ResultSet rs, int column) throws SQLException {
		String v = rs.getString(column);
		return v == null ? null : Enum.valueOf(type, v);
	}

}
