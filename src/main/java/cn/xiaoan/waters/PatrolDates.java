package cn.xiaoan.waters;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key patrol dates bureaus set, inherited down the region tree the way policy is: a
 * date set for a region prefix holds for every water whose township starts with it.
 */
@Component
class PatrolDates {

	/**
	 * SQL: whether {@code :today} is a key patrol date for water {@code w} — set by its
	 * township or any bureau above it.
	 */
	static final String BUREAU_DAY = """
			exists (select 1 from waters.patrol_date d where :today between d.starts_on and d.ends_on
			        and w.region_code like d.region_prefix || '%')""";

	/**
	 * SQL: whether schedule {@code s} of water {@code w} asks for a patrol on
	 * {@code :today}: a schedule for the bureau's dates only on those dates, a
	 * weekends-only one on weekends and the bureau's dates, any other every day of its
	 * range.
	 */
	static final String SCHEDULE_DUE = " :today between s.starts_on and s.ends_on and (case when s.period = 'BUREAU_DATES' then "
			+ BUREAU_DAY + " when s.weekends_only then :weekend or " + BUREAU_DAY + " else true end) ";

	private final JdbcClient jdbc;

	private final Clock clock;

	PatrolDates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insert(String prefix, SetPatrolDate c, long by) {
		return jdbc.sql("""
				insert into waters.patrol_date (region_prefix, name, starts_on, ends_on, created_by, created_at)
				values (:p, :n, :s, :e, :by, :now) returning id""")
			.param("p", prefix)
			.param("n", c.name().trim())
			.param("s", Date.valueOf(c.startsOn()))
			.param("e", Date.valueOf(c.endsOn()))
			.param("by", by)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	Optional<String> prefixOf(long id) {
		return jdbc.sql("select region_prefix from waters.patrol_date where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	void delete(long id) {
		jdbc.sql("delete from waters.patrol_date where id = :id").param("id", id).update();
	}

	/**
	 * The dates that hold in a region (set by it or above it) and those its lower bureaus
	 * set, latest first.
	 */
	List<PatrolDate> of(String prefix, Map<String, String> regionNames) {
		return jdbc.sql("""
				select id, region_prefix, name, starts_on, ends_on from waters.patrol_date
				where :p like region_prefix || '%' or region_prefix like :p || '%'
				order by starts_on desc, id desc""")
			.param("p", prefix)
			.query((rs, n) -> date(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4), rs.getDate(5),
					prefix, regionNames))
			.list();
	}

	/** The dates that hold for a water of this township, set by it or above it. */
	List<PatrolDate> holdingFor(String township, Map<String, String> regionNames) {
		return jdbc.sql("""
				select id, region_prefix, name, starts_on, ends_on from waters.patrol_date
				where :t like region_prefix || '%' order by starts_on desc, id desc""")
			.param("t", township)
			.query((rs, n) -> date(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4), rs.getDate(5),
					township, regionNames))
			.list();
	}

	private static PatrolDate date(long id, String prefix, String name, Date from, Date to, String reader,
			Map<String, String> regionNames) {
		String region = prefix.length() == 2 || prefix.length() == 4
				? cn.xiaoan.shared.RegionCode.fromPrefix(prefix).value() : prefix;
		return new PatrolDate(id, prefix, regionNames.getOrDefault(region, prefix), name, from.toLocalDate(),
				to.toLocalDate(), prefix.length() < reader.length());
	}

}
