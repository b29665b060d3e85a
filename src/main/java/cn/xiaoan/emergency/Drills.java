package cn.xiaoan.emergency;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The drills' tables. */
@Component
class Drills {

	private static final String SELECT = """
			select d.id, d.school_id, d.region_code, d.held_on, d.scenario, d.plan_id, d.classes, d.headcount, d.storeys,
			       d.evacuation_seconds, d.limit_seconds, d.overtime,
			       (select count(*) from emergency.drill_problem p where p.drill_id = d.id) as problems
			from emergency.drill d""";

	private final JdbcClient jdbc;

	Drills(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(RecordDrill c, String region, Integer seconds, Integer limit, boolean overtime, CurrentUser by,
			OffsetDateTime at) {
		long id = jdbc
			.sql("""
					insert into emergency.drill (school_id, region_code, held_on, scenario, plan_id, classes, headcount, storeys,
					       evacuation_seconds, limit_seconds, overtime, summary, recorded_by, recorded_by_name, recorded_at)
					values (:s, :r, :d, :sc, :p, :c, :h, :st, :e, :l, :o, :sum, :by, :name, :at) returning id""")
			.param("s", c.schoolId())
			.param("r", region)
			.param("d", c.heldOn())
			.param("sc", c.scenario())
			.param("p", c.planId())
			.param("c", c.classes())
			.param("h", c.headcount())
			.param("st", c.storeys())
			.param("e", seconds)
			.param("l", limit)
			.param("o", overtime)
			.param("sum", c.summary())
			.param("by", by.accountId())
			.param("name", by.displayName())
			.param("at", at)
			.query(Long.class)
			.single();
		problems(id, c.problems());
		return id;
	}

	void result(long id, DrillResult r, Integer limit, boolean overtime) {
		jdbc.sql("""
				update emergency.drill set evacuation_seconds = :e, limit_seconds = :l, overtime = :o, headcount = :h,
				       summary = :s where id = :id""")
			.param("e", r.totalSeconds())
			.param("l", limit)
			.param("o", overtime)
			.param("h", r.headcount())
			.param("s", r.summary())
			.param("id", id)
			.update();
		problems(id, r.problems());
	}

	private void problems(long drillId, List<String> problems) {
		for (String p : problems) {
			jdbc.sql("insert into emergency.drill_problem (drill_id, description) values (:d, :p)")
				.param("d", drillId)
				.param("p", p)
				.update();
		}
	}

	/** The drill if the caller's scope reaches its school; otherwise not found. */
	DrillRow load(long id, CurrentUser caller) {
		DrillRow row = jdbc.sql(SELECT + " where d.id = :id")
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional()
			.orElseThrow(() -> new NotFound("drill", id));
		if (!caller.scope().coversSchool(row.schoolId(), row.regionCode())) {
			throw new NotFound("drill", id);
		}
		return row;
	}

	/** Drills of the scope held (or planned) in [from, to], newest first. */
	List<DrillRow> inScope(DataScope scope, String region, Long schoolId, LocalDate from, LocalDate to,
			boolean overtimeOnly) {
		Map<String, Object> params = new HashMap<>();
		params.put("p", scope.sqlRegionPrefix());
		params.put("s", scope.sqlSchoolId());
		params.put("r", region == null ? "" : region);
		params.put("school", schoolId);
		params.put("from", from);
		params.put("to", to);
		params.put("o", overtimeOnly);
		return jdbc.sql(SELECT + """
				 where d.region_code like :p || '%' and (cast(:s as bigint) is null or d.school_id = :s)
				  and d.region_code like :r || '%' and (cast(:school as bigint) is null or d.school_id = :school)
				  and d.held_on between :from and :to and (not :o or d.overtime)
				order by d.held_on desc, d.id desc limit 2000""").params(params).query((rs, n) -> row(rs)).list();
	}

	/**
	 * Held drills per school of the region prefix in [from, to]: {held, of which
	 * overtime}.
	 */
	Map<Long, int[]> heldCounts(String prefix, LocalDate from, LocalDate to) {
		Map<Long, int[]> counts = new HashMap<>();
		jdbc.sql("""
				select school_id, count(*), count(*) filter (where overtime) from emergency.drill
				where region_code like :p || '%' and held_on between :from and :to and evacuation_seconds is not null
				group by school_id""").param("p", prefix).param("from", from).param("to", to).query(rs -> {
			counts.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3) });
		});
		return counts;
	}

	/**
	 * Records a reminder; false when one of the kind was sent for the period that day
	 * already.
	 */
	boolean reminded(long schoolId, String period, String kind, LocalDate day, String by) {
		return jdbc.sql("""
				insert into emergency.drill_reminder (school_id, period, kind, sent_on, by_name)
				values (:s, :p, :k, :d, :b) on conflict do nothing""")
			.param("s", schoolId)
			.param("p", period)
			.param("k", kind)
			.param("d", day)
			.param("b", by)
			.update() == 1;
	}

	List<DrillView.Problem> problems(long drillId) {
		return jdbc
			.sql("select id, description, hazard_id from emergency.drill_problem where drill_id = :d order by id")
			.param("d", drillId)
			.query((rs, n) -> new DrillView.Problem(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
			.list();
	}

	/** Links the problem to its hazard unless it has one already; false when it had. */
	boolean linkHazard(long drillId, long problemId, long hazardId) {
		return jdbc
			.sql("""
					update emergency.drill_problem set hazard_id = :h where id = :p and drill_id = :d and hazard_id is null""")
			.param("h", hazardId)
			.param("p", problemId)
			.param("d", drillId)
			.update() == 1;
	}

	/** What a drill's page shows beyond its row. */
	record Details(String summary, String recordedBy, OffsetDateTime recordedAt) {
	}

	Details details(long drillId) {
		return jdbc.sql("select summary, recorded_by_name, recorded_at from emergency.drill where id = :id")
			.param("id", drillId)
			.query((rs, n) -> new Details(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
			.single();
	}

	List<UUID> photos(long drillId) {
		return jdbc.sql("select file_id from emergency.drill_photo where drill_id = :d order by uploaded_at, file_id")
			.param("d", drillId)
			.query(UUID.class)
			.list();
	}

	void photo(long drillId, UUID fileId, long by) {
		jdbc.sql("insert into emergency.drill_photo (drill_id, file_id, uploaded_by) values (:d, :f, :b)")
			.param("d", drillId)
			.param("f", fileId)
			.param("b", by)
			.update();
	}

	private static DrillRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DrillRow(rs.getLong("id"), rs.getLong("school_id"), "", rs.getString("region_code"),
				rs.getObject("held_on", LocalDate.class), rs.getString("scenario"), (Long) rs.getObject("plan_id"),
				rs.getString("classes"), rs.getInt("headcount"), rs.getInt("storeys"),
				(Integer) rs.getObject("evacuation_seconds"), (Integer) rs.getObject("limit_seconds"),
				rs.getBoolean("overtime"), rs.getInt("problems"));
	}

}
