package cn.xiaoan.surroundings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The checks of schools' surroundings, stored once per client id (ADR 0048).
 */
@Repository
class VenueChecks {

	private static final String SELECT = """
			select c.id, c.school_id, c.school_name, c.outcome, c.venue_id, v.name, c.finding, c.checked_at,
			       c.latitude, c.longitude, c.photo_id is not null, c.by_name
			from surroundings.venue_check c left join surroundings.venue v on v.id = c.venue_id""";

	private final JdbcClient jdbc;

	private final Clock clock;

	VenueChecks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Long> insert(RecordCheck c, String schoolName, String region, long by, String byName) {
		return jdbc.sql("""
				insert into surroundings.venue_check (client_id, school_id, school_name, region_code, outcome,
				       venue_id, finding, checked_at, latitude, longitude, accuracy_m, by_account, by_name,
				       received_at)
				values (:cid, :s, :sn, :r, :o, :v, :f, :at, :lat, :lng, :acc, :by, :byName, :now)
				on conflict (client_id) do nothing returning id""")
			.param("cid", c.clientId())
			.param("s", c.schoolId())
			.param("sn", schoolName)
			.param("r", region)
			.param("o", c.outcome().name())
			.param("v", c.outcome().aboutKnownVenue() ? c.venueId() : null)
			.param("f", c.finding())
			.param("at", Timestamp.from(c.checkedAt().atZone(clock.getZone()).toInstant()))
			.param("lat", c.latitude())
			.param("lng", c.longitude())
			.param("acc", c.accuracyM())
			.param("by", by)
			.param("byName", byName)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
	}

	/** The caller's own check of that client id: another's is not found. */
	Optional<Long> byClientId(UUID clientId, long by) {
		return jdbc.sql("select id from surroundings.venue_check where client_id = :c and by_account = :by")
			.param("c", clientId)
			.param("by", by)
			.query(Long.class)
			.optional();
	}

	void setVenue(long check, long venue) {
		jdbc.sql("update surroundings.venue_check set venue_id = :v where id = :id")
			.param("v", venue)
			.param("id", check)
			.update();
	}

	void setPhoto(long check, UUID file) {
		jdbc.sql("update surroundings.venue_check set photo_id = :f where id = :id")
			.param("f", file)
			.param("id", check)
			.update();
	}

	VenueCheck check(long id) {
		return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::row).single();
	}

	/** Checks of a region prefix or one school, newest first. */
	List<VenueCheck> list(String prefix, Long school, int limit) {
		String where = school != null ? " where c.school_id = :s" : " where c.region_code like :p";
		return jdbc.sql(SELECT + where + " order by c.checked_at desc, c.id desc limit :limit")
			.param("p", prefix + "%")
			.param("s", school == null ? -1L : school)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	private VenueCheck row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new VenueCheck(rs.getLong(1), rs.getLong(2), rs.getString(3), CheckOutcome.valueOf(rs.getString(4)),
				(Long) rs.getObject(5), rs.getString(6), rs.getString(7),
				OffsetDateTime.ofInstant(rs.getTimestamp(8).toInstant(), clock.getZone()), (Double) rs.getObject(9),
				(Double) rs.getObject(10), rs.getBoolean(11), rs.getString(12));
	}

}
