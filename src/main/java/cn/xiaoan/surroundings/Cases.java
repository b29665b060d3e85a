package cn.xiaoan.surroundings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases' tables: a case, its timeline and its evidence photos. */
@Repository
class Cases {

	private static final String VIEW = """
			select c.id, v.id, v.name, v.kind, v.address, v.distance_m, v.nearest_name, c.region_code, c.department,
			       c.state, c.opened_at, c.deadline, c.acted_on, c.result, c.state = 'OPEN' and c.deadline < :today
			from surroundings.venue_case c join surroundings.venue v on v.id = c.venue_id""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Cases(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long open(long venue, String region, Department department, LocalDate deadline) {
		return jdbc.sql("""
				insert into surroundings.venue_case (venue_id, region_code, department, state, opened_at, deadline)
				values (:v, :r, :d, 'OPEN', :now, :deadline) returning id""")
			.param("v", venue)
			.param("r", region)
			.param("d", department.name())
			.param("now", Timestamp.from(clock.instant()))
			.param("deadline", Date.valueOf(deadline))
			.query(Long.class)
			.single();
	}

	long event(long caseId, String action, String byName, String byUnit, String note) {
		return jdbc.sql("""
				insert into surroundings.case_event (case_id, at, action, by_name, by_unit, note)
				values (:c, :now, :a, :n, :u, :note) returning id""")
			.param("c", caseId)
			.param("now", Timestamp.from(clock.instant()))
			.param("a", action)
			.param("n", byName)
			.param("u", byUnit == null ? "" : byUnit)
			.param("note", note == null ? "" : note)
			.query(Long.class)
			.single();
	}

	void addPhoto(long caseId, long event, UUID file) {
		jdbc.sql("insert into surroundings.case_photo (file_id, case_id, event_id) values (:f, :c, :e)")
			.param("f", file)
			.param("c", caseId)
			.param("e", event)
			.update();
	}

	void close(long id, CloseCase c) {
		jdbc.sql("""
				update surroundings.venue_case set state = 'DONE', acted_on = :on, result = :r, closed_at = :now
				where id = :id""")
			.param("id", id)
			.param("on", Date.valueOf(c.actedOn()))
			.param("r", c.result())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	void confirm(long id) {
		jdbc.sql("update surroundings.venue_case set state = 'CONFIRMED', confirmed_at = :now where id = :id")
			.param("id", id)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	void reopen(long id, LocalDate deadline) {
		jdbc.sql("""
				update surroundings.venue_case set state = 'OPEN', deadline = :d, closed_at = null where id = :id""")
			.param("id", id)
			.param("d", Date.valueOf(deadline))
			.update();
	}

	/** The case's region, department and state, if it exists. */
	Optional<String[]> header(long id) {
		return jdbc.sql("select region_code, department, state, venue_id from surroundings.venue_case where id = :id")
			.param("id", id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.optional();
	}

	/**
	 * The cases of a region prefix, of one department (null: all), near a school (null:
	 * any), in a state (null: all; OVERDUE: open past the deadline).
	 */
	List<CaseView> list(String prefix, Department department, Long school, String state) {
		StringBuilder where = new StringBuilder(" where c.region_code like :p");
		if (department != null) {
			where.append(" and c.department = :d");
		}
		if (school != null) {
			where.append(" and v.id in (select n.venue_id from surroundings.venue_school n where n.school_id = :s)");
		}
		if ("OVERDUE".equals(state)) {
			where.append(" and c.state = 'OPEN' and c.deadline < :today");
		}
		else if (state != null) {
			where.append(" and c.state = :state");
		}
		return jdbc
			.sql(VIEW + where + " order by case c.state when 'OPEN' then 0 when 'DONE' then 1 else 2 end, c.deadline"
					+ " limit 2000")
			.param("p", prefix + "%")
			.param("d", department == null ? "" : department.name())
			.param("s", school == null ? -1L : school)
			.param("state", state == null ? "" : state)
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query((rs, n) -> view(rs, List.of(), List.of()))
			.list();
	}

	CaseView view(long id) {
		List<CaseView.Event> timeline = jdbc.sql("""
				select at, action, by_name, by_unit, note from surroundings.case_event where case_id = :c
				order by at, id""")
			.param("c", id)
			.query((rs, n) -> new CaseView.Event(time(rs.getTimestamp(1)), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
		List<UUID> photos = jdbc.sql("select file_id from surroundings.case_photo where case_id = :c order by event_id")
			.param("c", id)
			.query(UUID.class)
			.list();
		return jdbc.sql(VIEW + " where c.id = :id")
			.param("id", id)
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query((rs, n) -> view(rs, timeline, photos))
			.single();
	}

	boolean hasPhoto(long id, UUID file) {
		return jdbc.sql("select exists (select 1 from surroundings.case_photo where case_id = :c and file_id = :f)")
			.param("c", id)
			.param("f", file)
			.query(Boolean.class)
			.single();
	}

	private CaseView view(ResultSet rs, List<CaseView.Event> timeline, List<UUID> photos) throws SQLException {
		Date acted = rs.getDate(13);
		return new CaseView(rs.getLong(1), rs.getLong(2), rs.getString(3), VenueKind.valueOf(rs.getString(4)),
				rs.getString(5), (Integer) rs.getObject(6), rs.getString(7), rs.getString(8),
				Department.valueOf(rs.getString(9)), CaseState.valueOf(rs.getString(10)), time(rs.getTimestamp(11)),
				rs.getDate(12).toLocalDate(), acted == null ? null : acted.toLocalDate(), rs.getString(14),
				rs.getBoolean(15), timeline, photos);
	}

	private OffsetDateTime time(Timestamp t) {
		return t == null ? null : OffsetDateTime.ofInstant(t.toInstant(), clock.getZone());
	}

}
