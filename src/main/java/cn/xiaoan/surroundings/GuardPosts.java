package cn.xiaoan.surroundings;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The guard posts, their check-ins and the gaps: the windows of the last
 * {@link #GAP_DAYS} days (since the post was planned) that ended with no check-in made by
 * the end of the window.
 */
@Repository
class GuardPosts {

	static final int GAP_DAYS = 14;

	/** The gaps of the posts selected by {@code :where} (on alias {@code p}). */
	private static final String GAPS = """
			select p.id, p.name, p.school_id, p.school_name, d::date, p.slot, p.starts_at, p.ends_at
			from surroundings.guard_post p
			cross join generate_series(greatest(p.active_from, cast(:from as date)), cast(:today as date),
			                           interval '1 day') d
			where position(cast(extract(isodow from d) as int)::text in p.days) > 0
			  and (d::date < :today or p.ends_at < :now)
			  and not exists (select 1 from surroundings.check_in c where c.post_id = p.id and c.on_date = d::date
			                  and (c.checked_at at time zone :tz)::time <= p.ends_at)
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	GuardPosts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insert(PlanPost c, String schoolName, String region) {
		return jdbc.sql("""
				insert into surroundings.guard_post (school_id, school_name, region_code, name, location, slot, days,
				       starts_at, ends_at, police, staff, volunteers, people, active_from, created_at)
				values (:s, :sn, :r, :n, :l, :slot, :days, :from, :to, :police, :staff, :vol, :people, :today, :now)
				returning id""")
			.param("s", c.schoolId())
			.param("sn", schoolName)
			.param("r", region)
			.param("n", c.name())
			.param("l", c.location())
			.param("slot", c.slot().name())
			.param("days", c.days())
			.param("from", Time.valueOf(c.startsAt()))
			.param("to", Time.valueOf(c.endsAt()))
			.param("police", c.police())
			.param("staff", c.staff())
			.param("vol", c.volunteers())
			.param("people", c.people())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	/** The post's school id and region, if it exists. */
	Optional<Object[]> schoolOf(long post) {
		return jdbc.sql("select school_id, region_code from surroundings.guard_post where id = :id")
			.param("id", post)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
	}

	/**
	 * The posts of a region prefix or of one school, with their recent check-ins and
	 * gaps.
	 */
	List<GuardPost> list(String prefix, Long school) {
		String where = school != null ? " where p.school_id = :s" : " where p.region_code like :p";
		return withClock(jdbc.sql("""
				select p.id, p.school_id, p.school_name, p.region_code, p.name, p.location, p.slot, p.days,
				       p.starts_at, p.ends_at, p.police, p.staff, p.volunteers, p.people,
				       (select count(*) from surroundings.check_in c where c.post_id = p.id and c.on_date >= :from),
				       (select count(*) from (%s and g.id = p.id) x)
				from surroundings.guard_post p"""
			.formatted(GAPS.replace("surroundings.guard_post p", "surroundings.guard_post g").replace("p.", "g."))
				+ where + " order by p.school_name, p.starts_at, p.name limit 2000"))
			.param("p", prefix + "%")
			.param("s", school == null ? -1L : school)
			.query((rs, n) -> new GuardPost(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), GuardSlot.valueOf(rs.getString(7)), rs.getString(8),
					rs.getTime(9).toLocalTime(), rs.getTime(10).toLocalTime(), rs.getInt(11), rs.getInt(12),
					rs.getInt(13), rs.getString(14), rs.getInt(15), rs.getInt(16)))
			.list();
	}

	/** The gaps of a region prefix or of one school, latest first. */
	List<Gap> gaps(String prefix, Long school, int limit) {
		String where = school != null ? " and p.school_id = :s" : " and p.region_code like :p";
		return withClock(jdbc.sql(GAPS + where + " order by d desc, p.school_name, p.starts_at limit :limit"))
			.param("p", prefix + "%")
			.param("s", school == null ? -1L : school)
			.param("limit", limit)
			.query((rs, n) -> new Gap(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getDate(5).toLocalDate(), GuardSlot.valueOf(rs.getString(6)), rs.getTime(7).toLocalTime(),
					rs.getTime(8).toLocalTime()))
			.list();
	}

	private JdbcClient.StatementSpec withClock(JdbcClient.StatementSpec spec) {
		LocalDateTime now = LocalDateTime.now(clock);
		return spec.param("from", Date.valueOf(now.toLocalDate().minusDays(GAP_DAYS - 1)))
			.param("today", Date.valueOf(now.toLocalDate()))
			.param("now", Time.valueOf(now.toLocalTime().withNano(0)))
			.param("tz", clock.getZone().getId());
	}

	Optional<Long> insertCheckIn(RecordCheckIn c, long school, long by, String byName) {
		return jdbc.sql("""
				insert into surroundings.check_in (client_id, post_id, school_id, on_date, checked_at, latitude,
				       longitude, accuracy_m, note, by_account, by_name, received_at)
				values (:cid, :p, :s, :d, :at, :lat, :lng, :acc, :note, :by, :byName, :now)
				on conflict (client_id) do nothing returning id""")
			.param("cid", c.clientId())
			.param("p", c.postId())
			.param("s", school)
			.param("d", Date.valueOf(c.checkedAt().toLocalDate()))
			.param("at", Timestamp.from(c.checkedAt().atZone(clock.getZone()).toInstant()))
			.param("lat", c.latitude())
			.param("lng", c.longitude())
			.param("acc", c.accuracyM())
			.param("note", c.note())
			.param("by", by)
			.param("byName", byName)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
	}

	Optional<Long> checkInByClientId(UUID clientId, long by) {
		return jdbc.sql("select id from surroundings.check_in where client_id = :c and by_account = :by")
			.param("c", clientId)
			.param("by", by)
			.query(Long.class)
			.optional();
	}

	void setPhoto(long checkIn, UUID file) {
		jdbc.sql("update surroundings.check_in set photo_id = :f where id = :id")
			.param("f", file)
			.param("id", checkIn)
			.update();
	}

	private static final String CHECK_IN = """
			select c.id, c.post_id, p.name, p.school_name, c.checked_at, c.latitude, c.longitude,
			       c.photo_id is not null, c.note, c.by_name
			from surroundings.check_in c join surroundings.guard_post p on p.id = c.post_id""";

	CheckIn checkIn(long id) {
		return jdbc.sql(CHECK_IN + " where c.id = :id").param("id", id).query(this::checkInRow).single();
	}

	/** Check-ins of a region prefix or one school, newest first. */
	List<CheckIn> checkIns(String prefix, Long school, int limit) {
		String where = school != null ? " where c.school_id = :s" : " where p.region_code like :p";
		return jdbc.sql(CHECK_IN + where + " order by c.checked_at desc limit :limit")
			.param("p", prefix + "%")
			.param("s", school == null ? -1L : school)
			.param("limit", limit)
			.query(this::checkInRow)
			.list();
	}

	private CheckIn checkInRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new CheckIn(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				OffsetDateTime.ofInstant(rs.getTimestamp(5).toInstant(), clock.getZone()), (Double) rs.getObject(6),
				(Double) rs.getObject(7), rs.getBoolean(8), rs.getString(9), rs.getString(10));
	}

}
