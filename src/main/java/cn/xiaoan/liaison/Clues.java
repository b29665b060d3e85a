package cn.xiaoan.liaison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clues and their timelines, in the module's own schema. */
@Repository
class Clues {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = """
			id, region_code, school_id, unit_name, category, happened_at, place, what, students::text, adults,
			related_case, state, forwarded_name, forwarded_at, acknowledge_due, acknowledged_at, acknowledged_by,
			outcome, outcome_note, station_id, station_name""";

	private final JdbcClient jdbc;

	Clues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String region, Long school, String unitName, ForwardClue c, long by, String byName, Instant now,
			Instant due, Stations.Row station) {
		return jdbc.sql("""
				insert into liaison.clue (region_code, school_id, unit_name, category, happened_at, place, what,
				  students, adults, related_case, state, forwarded_by, forwarded_name, forwarded_at, acknowledge_due,
				  station_id, station_name)
				values (:region, :school, :unit, :category, :happened, :place, :what, cast(:students as jsonb),
				  :adults, :related, 'FORWARDED', :by, :byName, :now, :due, :station, :stationName) returning id""")
			.param("station", station == null ? null : station.id())
			.param("stationName", station == null ? null : station.name())
			.param("region", region)
			.param("school", school)
			.param("unit", unitName)
			.param("category", c.category().name())
			.param("happened", Timestamp.from(c.happenedAt().atZone(BEIJING).toInstant()))
			.param("place", c.place())
			.param("what", c.what())
			.param("students", JSON.writeValueAsString(c.students()))
			.param("adults", c.adults())
			.param("related", c.relatedCase())
			.param("by", by)
			.param("byName", byName)
			.param("now", Timestamp.from(now))
			.param("due", Timestamp.from(due))
			.query(Long.class)
			.single();
	}

	Optional<Clue> find(long id) {
		return jdbc.sql("""
				select id, region_code, school_id, state, acknowledge_due, acknowledged_at, station_id from liaison.clue
				where id = :id""")
			.param("id", id)
			.query((rs, n) -> new Clue(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
					ClueState.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), instant(rs, 6),
					(Long) rs.getObject(7)))
			.optional();
	}

	ClueView view(long id, Instant now) {
		return jdbc.sql("select " + COLUMNS + " from liaison.clue where id = :id")
			.param("id", id)
			.query((rs, n) -> map(rs, now))
			.single();
	}

	/**
	 * The clues of a region prefix, or of one school, or of one police station; newest
	 * first.
	 */
	List<ClueView> list(String prefix, Long school, Long station, ClueState state, ClueCategory category,
			boolean lateOnly, Instant now, int limit) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from liaison.clue
				where region_code like :prefix || '%' and (cast(:school as bigint) is null or school_id = :school)
				  and (cast(:station as bigint) is null or station_id = :station)
				  and (cast(:state as varchar) is null or state = :state)
				  and (cast(:category as varchar) is null or category = :category)
				  and (not :late or coalesce(acknowledged_at, :now) > acknowledge_due)
				order by forwarded_at desc limit :limit""")
			.param("prefix", prefix)
			.param("school", school)
			.param("station", station)
			.param("state", state == null ? null : state.name())
			.param("category", category == null ? null : category.name())
			.param("late", lateOnly)
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, n) -> map(rs, now))
			.list();
	}

	void step(long id, ClueState from, ClueState to) {
		int changed = jdbc.sql("update liaison.clue set state = :to where id = :id and state = :from")
			.param("to", to.name())
			.param("from", from.name())
			.param("id", id)
			.update();
		if (changed != 1) {
			throw new cn.xiaoan.shared.BusinessRuleViolation("state", "liaison.clue.changed");
		}
	}

	/** The clue now goes to another station (移送). */
	void routeTo(long id, Stations.Row station) {
		jdbc.sql("update liaison.clue set station_id = :s, station_name = :n where id = :id")
			.param("s", station.id())
			.param("n", station.name())
			.param("id", id)
			.update();
	}

	void acknowledged(long id, String byName, Instant now) {
		jdbc.sql("update liaison.clue set acknowledged_at = :now, acknowledged_by = :by where id = :id")
			.param("now", Timestamp.from(now))
			.param("by", byName)
			.param("id", id)
			.update();
	}

	void closed(long id, CloseClue c, Instant now) {
		jdbc.sql("update liaison.clue set outcome = :o, outcome_note = :n, closed_at = :now where id = :id")
			.param("o", c.outcome().name())
			.param("n", c.note())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void event(long clue, Instant at, String kind, Side side, String byName, String text) {
		jdbc.sql("""
				insert into liaison.clue_event (clue_id, at, kind, side, by_name, text)
				values (:clue, :at, :kind, :side, :by, :text)""")
			.param("clue", clue)
			.param("at", Timestamp.from(at))
			.param("kind", kind)
			.param("side", side.name())
			.param("by", byName)
			.param("text", text == null ? "" : text)
			.update();
	}

	List<ClueEntry> timeline(long clue) {
		return jdbc
			.sql("select at, kind, side, by_name, text from liaison.clue_event where clue_id = :c order by at, id")
			.param("c", clue)
			.query((rs, n) -> new ClueEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
					Side.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
			.list();
	}

	private static ClueView map(ResultSet rs, Instant now) throws SQLException {
		Instant due = rs.getTimestamp("acknowledge_due").toInstant();
		Instant acknowledged = instant(rs, 16);
		String outcome = rs.getString("outcome");
		return new ClueView(rs.getLong("id"), rs.getString("region_code"), (Long) rs.getObject("school_id"),
				rs.getString("unit_name"), ClueCategory.valueOf(rs.getString("category")),
				rs.getTimestamp("happened_at").toInstant().atZone(BEIJING).toLocalDateTime(), rs.getString("place"),
				rs.getString("what"), JSON.readValue(rs.getString(9), new TypeReference<List<InvolvedStudent>>() {
				}), rs.getString("adults"), rs.getString("related_case"), ClueState.valueOf(rs.getString("state")),
				rs.getString("forwarded_name"), rs.getTimestamp("forwarded_at").toInstant(), due, acknowledged,
				rs.getString("acknowledged_by"), outcome == null ? null : ClueOutcome.valueOf(outcome),
				rs.getString("outcome_note"), acknowledged == null ? now.isAfter(due) : acknowledged.isAfter(due),
				(Long) rs.getObject("station_id"), rs.getString("station_name"));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
