package cn.xiaoan.surroundings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's tables: school gates, venues and the schools near each. */
@Repository
class Venues {

	private static final String SUMMARY = """
			select v.id, v.region_code, v.school_id, v.kind, v.name, v.address, v.longitude, v.latitude,
			       v.distance_m, v.nearest_name, v.radius_m, v.flagged, v.department, v.note, v.by_name, v.created_at,
			       c.id, c.state, c.state = 'OPEN' and c.deadline < :today
			from surroundings.venue v
			left join lateral (select id, state, deadline from surroundings.venue_case c where c.venue_id = v.id
			                   order by c.id desc limit 1) c on true""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Venues(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The gates known in a region (a county prefix), for distances. */
	List<SchoolPosition> positionsUnder(String prefix) {
		return jdbc
			.sql("""
					select school_id, school_name as name, region_code, longitude, latitude from surroundings.school_position
					where region_code like :p""")
			.param("p", prefix + "%")
			.query(SchoolPosition.class)
			.list();
	}

	/** The gates of these schools that are known. */
	List<SchoolPosition> positions(List<Long> schools) {
		return jdbc
			.sql("""
					select school_id, school_name as name, region_code, longitude, latitude from surroundings.school_position
					where school_id = any(:ids)""")
			.param("ids", schools.toArray(Long[]::new))
			.query(SchoolPosition.class)
			.list();
	}

	Optional<SchoolPosition> position(long school) {
		return jdbc
			.sql("""
					select school_id, school_name as name, region_code, longitude, latitude from surroundings.school_position
					where school_id = :s""")
			.param("s", school)
			.query(SchoolPosition.class)
			.optional();
	}

	void setPosition(long school, String name, String region, double lng, double lat) {
		jdbc.sql("""
				insert into surroundings.school_position (school_id, school_name, region_code, longitude, latitude,
				       updated_at) values (:s, :n, :r, :lng, :lat, :now)
				on conflict (school_id) do update set school_name = :n, region_code = :r, longitude = :lng,
				       latitude = :lat, updated_at = :now""")
			.param("s", school)
			.param("n", name)
			.param("r", region)
			.param("lng", lng)
			.param("lat", lat)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	long insert(String region, RegisterVenue c, Integer distance, String nearest, int radius, boolean flagged, long by,
			String byName) {
		return jdbc.sql("""
				insert into surroundings.venue (region_code, school_id, kind, name, address, longitude, latitude,
				       distance_m, nearest_name, radius_m, flagged, department, note, by_account, by_name, created_at)
				values (:r, :s, :kind, :name, :address, :lng, :lat, :d, :nearest, :radius, :flagged, :dept, :note,
				       :by, :byName, :now)
				returning id""")
			.param("r", region)
			.param("s", c.schoolId())
			.param("kind", c.kind().name())
			.param("name", c.name())
			.param("address", c.address())
			.param("lng", c.longitude())
			.param("lat", c.latitude())
			.param("d", distance)
			.param("nearest", nearest)
			.param("radius", radius)
			.param("flagged", flagged)
			.param("dept", c.responsible().name())
			.param("note", c.note())
			.param("by", by)
			.param("byName", byName)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	void addSchool(long venue, long school, String name, Integer distance) {
		jdbc.sql("""
				insert into surroundings.venue_school (venue_id, school_id, school_name, distance_m)
				values (:v, :s, :n, :d) on conflict do nothing""")
			.param("v", venue)
			.param("s", school)
			.param("n", name)
			.param("d", distance)
			.update();
	}

	Optional<String> regionOf(long id) {
		return jdbc.sql("select region_code from surroundings.venue where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	boolean near(long venue, long school) {
		return jdbc
			.sql("select exists (select 1 from surroundings.venue_school where venue_id = :v and school_id = :s)")
			.param("v", venue)
			.param("s", school)
			.query(Boolean.class)
			.single();
	}

	/** The venues of a region prefix, or near a school (school not null). */
	List<VenueSummary> list(String prefix, Long school) {
		String where = school != null
				? " where v.id in (select n.venue_id from surroundings.venue_school n where n.school_id = :s)"
				: " where v.region_code like :p";
		return jdbc.sql(SUMMARY + where + " order by v.flagged desc, v.created_at desc limit 2000")
			.param("p", prefix + "%")
			.param("s", school == null ? -1L : school)
			.param("today", java.sql.Date.valueOf(LocalDate.now(clock)))
			.query(this::row)
			.list();
	}

	VenueSummary summary(long id) {
		return jdbc.sql(SUMMARY + " where v.id = :id")
			.param("id", id)
			.param("today", java.sql.Date.valueOf(LocalDate.now(clock)))
			.query(this::row)
			.single();
	}

	List<VenueSchool> schools(long venue) {
		return jdbc.sql("""
				select school_id, school_name as name, distance_m from surroundings.venue_school where venue_id = :v
				order by distance_m nulls last, school_name""").param("v", venue).query(VenueSchool.class).list();
	}

	private VenueSummary row(ResultSet rs, int n) throws SQLException {
		String state = rs.getString(18);
		return new VenueSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), VenueKind.valueOf(rs.getString(4)),
				rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getDouble(8), (Integer) rs.getObject(9),
				rs.getString(10), rs.getInt(11), rs.getBoolean(12), Department.valueOf(rs.getString(13)),
				rs.getString(14), rs.getString(15), time(rs.getTimestamp(16)), (Long) rs.getObject(17),
				state == null ? null : CaseState.valueOf(state), rs.getBoolean(19));
	}

	OffsetDateTime time(Timestamp t) {
		return t == null ? null : OffsetDateTime.ofInstant(t.toInstant(), clock.getZone());
	}

}
