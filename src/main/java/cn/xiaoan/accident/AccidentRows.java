package cn.xiaoan.accident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The SQL of an accident's list row and how it maps. */
final class AccidentRows {

	/**
	 * One row per accident with its counts of people hurt and dead, and whether a hop is
	 * late as of {@code :now}.
	 */
	static final String SELECT = """
			select a.id, a.school_id, a.region_code, a.school_type, a.occurred_at, a.place, a.kind, a.severity,
			       a.reported_at, (select count(*) from accident.victim v where v.accident_id = a.id) as hurt,
			       (select count(*) from accident.victim v where v.accident_id = a.id and v.injury = 'DEATH') as deaths,
			       exists (select 1 from accident.hop h where h.accident_id = a.id
			               and (h.late_minutes is not null or (h.sent_at is null and h.due_at < :now))) as late,
			       a.disruption, a.closed_at, a.reported_by
			from accident.accident a""";

	private AccidentRows() {
	}

	static AccidentSummary summary(ResultSet rs) throws SQLException {
		return new AccidentSummary(rs.getLong("id"), rs.getLong("school_id"), rs.getString("region_code"),
				rs.getString("school_type"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("place"),
				AccidentKind.valueOf(rs.getString("kind")), Severity.valueOf(rs.getString("severity")),
				rs.getObject("reported_at", OffsetDateTime.class), rs.getInt("hurt"), rs.getInt("deaths"),
				rs.getBoolean("late"), rs.getBoolean("disruption"), rs.getObject("closed_at", OffsetDateTime.class));
	}

}
