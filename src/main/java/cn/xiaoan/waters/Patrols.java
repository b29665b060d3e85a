package cn.xiaoan.waters;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The patrol tables: schedules, patrol records with their photos, and findings. */
@Repository
class Patrols {

	private static final String PATROL = """
			select p.id, p.client_id, p.water_id, w.name, p.patrolled_at, p.latitude, p.longitude, p.accuracy_m,
			       p.findings, p.note, p.by_name,
			       array(select f.file_id from waters.patrol_photo f where f.patrol_id = p.id)
			from waters.patrol p join waters.water w on w.id = p.water_id""";

	private static final String FINDING = """
			select f.id, f.water_id, w.name, f.kind, f.responsible_unit, f.opened_at, f.deadline, f.closed_at,
			       f.closed_by_name, f.close_note
			from waters.finding f join waters.water w on w.id = f.water_id""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Patrols(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long schedule(long water, ScheduleCommand c) {
		return jdbc.sql("""
				insert into waters.schedule (water_id, period, starts_on, ends_on, weekends_only, patrollers, school_id,
				       created_at)
				values (:w, :p, :s, :e, :we, :people, :school, :now) returning id""")
			.param("w", water)
			.param("p", c.period().name())
			.param("s", Date.valueOf(c.startsOn()))
			.param("e", Date.valueOf(c.endsOn()))
			.param("we", c.weekendsOnly())
			.param("people", c.patrollers().trim())
			.param("school", c.schoolId())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	List<WaterDetail.Schedule> schedules(long water) {
		return jdbc.sql("""
				select s.id, s.period, s.starts_on, s.ends_on, s.weekends_only, s.patrollers, s.school_id,
				       (select n.school_name from waters.nearby_school n where n.water_id = s.water_id
				        and n.school_id = s.school_id)
				from waters.schedule s where s.water_id = :w order by s.starts_on desc, s.id""")
			.param("w", water)
			.query((rs, n) -> new WaterDetail.Schedule(rs.getLong(1), PatrolPeriod.valueOf(rs.getString(2)),
					rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getBoolean(5), rs.getString(6),
					(Long) rs.getObject(7), rs.getString(8)))
			.list();
	}

	/** Stores the patrol unless its client id is already stored (then empty). */
	Optional<Long> insert(RecordPatrol c, String region, long by, String byName) {
		return jdbc.sql("""
				insert into waters.patrol (client_id, water_id, region_code, patrolled_at, latitude, longitude,
				       accuracy_m, findings, note, by_account, by_name, received_at)
				values (:c, :w, :r, :at, :lat, :lng, :acc, :findings, :note, :by, :byName, :now)
				on conflict (client_id) do nothing returning id""")
			.param("c", c.clientId())
			.param("w", c.waterId())
			.param("r", region)
			.param("at", Timestamp.from(c.patrolledAt().atZone(clock.getZone()).toInstant()))
			.param("lat", c.latitude())
			.param("lng", c.longitude())
			.param("acc", c.accuracyM())
			.param("findings", String.join(",", c.findings().stream().map(Enum::name).toList()))
			.param("note", c.note())
			.param("by", by)
			.param("byName", byName)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
	}

	/** The caller's own patrol of that client id. */
	Optional<Long> byClientId(UUID clientId, long account) {
		return jdbc.sql("select id from waters.patrol where client_id = :c and by_account = :a")
			.param("c", clientId)
			.param("a", account)
			.query(Long.class)
			.optional();
	}

	void addPhoto(long patrol, UUID file) {
		jdbc.sql("insert into waters.patrol_photo (file_id, patrol_id) values (:f, :p)")
			.param("f", file)
			.param("p", patrol)
			.update();
	}

	void openFinding(long patrol, long water, String region, Finding kind, String unit, LocalDate deadline) {
		jdbc.sql(
				"""
						insert into waters.finding (patrol_id, water_id, region_code, kind, responsible_unit, opened_at, deadline)
						values (:p, :w, :r, :k, :u, :now, :d)""")
			.param("p", patrol)
			.param("w", water)
			.param("r", region)
			.param("k", kind.name())
			.param("u", unit)
			.param("now", Timestamp.from(clock.instant()))
			.param("d", Date.valueOf(deadline))
			.update();
	}

	Patrol patrol(long id) {
		return jdbc.sql(PATROL + " where p.id = :id").param("id", id).query(this::patrolRow).single();
	}

	List<Patrol> ofWater(long water, int limit) {
		return jdbc.sql(PATROL + " where p.water_id = :w order by p.patrolled_at desc limit :l")
			.param("w", water)
			.param("l", limit)
			.query(this::patrolRow)
			.list();
	}

	/** Patrols of the waters of a region prefix, or of those near a school. */
	List<Patrol> list(String prefix, Long school, int limit) {
		String where = school != null
				? " where p.water_id in (select n.water_id from waters.nearby_school n where n.school_id = :s)"
				: " where p.region_code like :p";
		return jdbc.sql(PATROL + where + " order by p.patrolled_at desc limit :l")
			.param("p", prefix + "%")
			.param("s", school == null ? -1L : school)
			.param("l", limit)
			.query(this::patrolRow)
			.list();
	}

	List<FindingTask> findingsOf(long water) {
		return jdbc.sql(FINDING + " where f.water_id = :w order by f.closed_at is not null, f.deadline, f.id")
			.param("w", water)
			.query(this::findingRow)
			.list();
	}

	List<FindingTask> openFindings(String prefix, Long school) {
		String where = school != null
				? " where f.water_id in (select n.water_id from waters.nearby_school n where n.school_id = :s)"
				: " where f.region_code like :p";
		return jdbc.sql(FINDING + where + " and f.closed_at is null order by f.deadline, f.id limit 500")
			.param("p", prefix + "%")
			.param("s", school == null ? -1L : school)
			.query(this::findingRow)
			.list();
	}

	Optional<long[]> findingWater(long finding) {
		return jdbc
			.sql("select water_id, case when closed_at is null then 0 else 1 end from waters.finding where id = :id")
			.param("id", finding)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	void close(long finding, String byName, String note) {
		jdbc.sql("""
				update waters.finding set closed_at = :now, closed_by_name = :by, close_note = :note
				where id = :id and closed_at is null""")
			.param("id", finding)
			.param("now", Timestamp.from(clock.instant()))
			.param("by", byName)
			.param("note", note)
			.update();
	}

	private Patrol patrolRow(ResultSet rs, int n) throws SQLException {
		String findings = rs.getString(9);
		UUID[] photos = (UUID[]) rs.getArray(12).getArray();
		return new Patrol(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3), rs.getString(4),
				Waters.time(rs.getTimestamp(5), clock), (Double) rs.getObject(6), (Double) rs.getObject(7),
				(Integer) rs.getObject(8),
				findings.isEmpty() ? List.of() : Arrays.stream(findings.split(",")).map(Finding::valueOf).toList(),
				rs.getString(10), rs.getString(11), List.of(photos));
	}

	private FindingTask findingRow(ResultSet rs, int n) throws SQLException {
		OffsetDateTime closed = Waters.time(rs.getTimestamp(8), clock);
		return new FindingTask(rs.getLong(1), rs.getLong(2), rs.getString(3), Finding.valueOf(rs.getString(4)),
				rs.getString(5), Waters.time(rs.getTimestamp(6), clock), rs.getDate(7).toLocalDate(), closed,
				rs.getString(9), rs.getString(10));
	}

}
