package cn.xiaoan.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The warning tables: set-based fan-out to the schools, the per-region counters and the
 * reads of the pages. Names only the module's own schema.
 */
@Component
class Warnings {

	/**
	 * A summary's columns with the counters of one region ({@code x.prefix = :p}) or of
	 * the whole warning ({@code x.parent_prefix = ''}, its top regions summed).
	 */
	static String summarySql(String prefix) {
		return """
				select w.id, w.kind, w.level, w.title, w.issuer_name, w.issued_at, w.valid_until,
				       w.issued_at + make_interval(mins => w.chase_after_min),
				       coalesce(t.targets, 0), coalesce(t.acknowledged, 0), coalesce(t.late, 0)
				from warning.warning w
				left join lateral (select sum(x.targets)::int targets, sum(x.acknowledged)::int acknowledged,
				                          sum(x.late)::int late, count(*) n
				                   from warning.tally x where x.warning_id = w.id and %s) t on true
				""".formatted(prefix.isEmpty() ? "x.parent_prefix = ''" : "x.prefix = :p");
	}

	/**
	 * A school's line ({@code t}) of a warning ({@code w}) acknowledged on time: before
	 * the warning's chase interval ran out. The assessment's figure and the school's
	 * filtered list both count by it.
	 */
	static final String ON_TIME = "t.acknowledged_at <= w.issued_at + make_interval(mins => w.chase_after_min)";

	private final JdbcClient jdbc;

	Warnings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The prefixes a school of this region counts in: province, city, county, township.
	 */
	static List<String> prefixesOf(String regionCode) {
		List<String> prefixes = new ArrayList<>();
		RegionCode region = RegionCode.of(regionCode);
		while (region != null) {
			prefixes.add(0, region.prefix());
			region = region.parent();
		}
		return prefixes;
	}

	/**
	 * Writes the targets in one statement from the schools' columns, then the counters of
	 * every region level in another: no row-by-row insert.
	 */
	int fanOut(long warningId, Long[] schoolIds, String[] regions, String[] names) {
		int written = jdbc.sql("""
				insert into warning.target (warning_id, school_id, region_code, school_name)
				select :w, x.s, x.r, x.n from unnest(:ids, :regions, :names) as x(s, r, n)""")
			.param("w", warningId)
			.param("ids", schoolIds)
			.param("regions", regions)
			.param("names", names)
			.update();
		// a region's prefix as RegionCode.prefix() has it: a city's code ending in 00 is
		// counted at the city, not again as a county
		jdbc.sql("""
				insert into warning.tally (warning_id, prefix, parent_prefix, targets)
				select :w, p.prefix, p.parent, count(*) from warning.target t
				""" + RegionCode.prefixesOf("t.region_code") + """
				where t.warning_id = :w and p.prefix is not null
				group by p.prefix, p.parent""").param("w", warningId).update();
		jdbc.sql("update warning.warning set target_count = :n where id = :w")
			.param("n", written)
			.param("w", warningId)
			.update();
		return written;
	}

	/**
	 * Warnings whose counters reach the region {@code prefix} or that were issued inside
	 * it ("" for all), newest first.
	 */
	List<WarningSummary> forRegion(String prefix, int limit) {
		String where = prefix.isEmpty() ? "" : " where t.n > 0 or w.issuer_prefix like :p || '%'";
		return jdbc.sql(summarySql(prefix) + where + " order by w.issued_at desc, w.id desc limit :limit")
			.param("p", prefix)
			.param("limit", limit)
			.query(Warnings::summary)
			.list();
	}

	/** One warning a school received, with its own acknowledgement. */
	WarningSummary forSchool(long schoolId, long warningId) {
		return jdbc.sql(SCHOOL_SUMMARY + " where s.school_id = :s and s.warning_id = :w")
			.param("s", schoolId)
			.param("w", warningId)
			.query(Warnings::summary)
			.single();
	}

	private static final String SCHOOL_SUMMARY = """
			select w.id, w.kind, w.level, w.title, w.issuer_name, w.issued_at, w.valid_until,
			       w.issued_at + make_interval(mins => w.chase_after_min), 1,
			       case when s.acknowledged_at is null then 0 else 1 end,
			       case when s.chased_at is not null and s.acknowledged_at is null then 1 else 0 end,
			       s.acknowledged_at
			from warning.target s join warning.warning w on w.id = s.warning_id
			""";

	/** Warnings a school received, with its own acknowledgement, newest first. */
	List<WarningSummary> forSchool(long schoolId, int limit) {
		return jdbc.sql("""
				select w.id, w.kind, w.level, w.title, w.issuer_name, w.issued_at, w.valid_until,
				       w.issued_at + make_interval(mins => w.chase_after_min), 1,
				       case when s.acknowledged_at is null then 0 else 1 end,
				       case when s.chased_at is not null and s.acknowledged_at is null then 1 else 0 end,
				       s.acknowledged_at
				from warning.target s join warning.warning w on w.id = s.warning_id
				where s.school_id = :s order by w.issued_at desc, w.id desc limit :limit""")
			.param("s", schoolId)
			.param("limit", limit)
			.query(Warnings::summary)
			.list();
	}

	/**
	 * The warnings issued to a school from {@code start} (included) to {@code end}
	 * (excluded), each with the school's own acknowledgement and whether it came on time,
	 * newest first; every one, as the assessment counts them.
	 */
	List<ReceivedWarning> received(long schoolId, OffsetDateTime start, OffsetDateTime end) {
		return jdbc.sql("""
				select w.id, w.kind, w.level, w.title, w.issuer_name, w.issued_at, w.valid_until,
				       w.issued_at + make_interval(mins => w.chase_after_min), 1,
				       case when t.acknowledged_at is null then 0 else 1 end,
				       case when t.chased_at is not null and t.acknowledged_at is null then 1 else 0 end,
				       t.acknowledged_at, coalesce(%s, false)
				from warning.target t join warning.warning w on w.id = t.warning_id
				where t.school_id = :s and w.issued_at >= :start and w.issued_at < :end
				order by w.issued_at desc, w.id desc""".formatted(ON_TIME))
			.param("s", schoolId)
			.param("start", start)
			.param("end", end)
			.query((rs, n) -> new ReceivedWarning(summary(rs, n), rs.getBoolean(13)))
			.list();
	}

	Optional<Header> header(long id) {
		return jdbc.sql("""
				select id, issuer_prefix, target_prefix, body, issued_by, level, chase_after_min
				from warning.warning where id = :id""")
			.param("id", id)
			.query((rs, n) -> new Header(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), WarningLevel.valueOf(rs.getString(6)), rs.getInt(7)))
			.optional();
	}

	/** The summary with the counters of {@code prefix} ("" for the whole warning). */
	WarningSummary summary(long id, String prefix) {
		return jdbc.sql(summarySql(prefix) + " where w.id = :id")
			.param("p", prefix)
			.param("id", id)
			.query(Warnings::summary)
			.single();
	}

	boolean reaches(long id, String prefix) {
		return jdbc.sql("select exists (select 1 from warning.tally where warning_id = :id and prefix = :p)")
			.param("id", id)
			.param("p", prefix)
			.query(Boolean.class)
			.single();
	}

	List<String> actions(long id) {
		return jdbc.sql("select text from warning.action where warning_id = :id order by seq")
			.param("id", id)
			.query(String.class)
			.list();
	}

	/** The counters of a region and of the regions directly below it. */
	List<Progress.Row> tally(long id, String prefix, java.util.Map<String, String> names) {
		return jdbc.sql("""
				select prefix, targets, acknowledged, late from warning.tally
				where warning_id = :id and (prefix = :p or parent_prefix = :p) order by prefix""")
			.param("id", id)
			.param("p", prefix)
			.query((rs, n) -> new Progress.Row(rs.getString(1), names.getOrDefault(regionOf(rs.getString(1)), ""),
					rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	static String regionOf(String prefix) {
		return RegionCode.fromPrefix(prefix).value();
	}

	record Header(long id, String issuerPrefix, String targetPrefix, String body, long issuedBy, WarningLevel level,
			int chaseAfterMinutes) {
	}

	static WarningSummary summary(ResultSet rs, int n) throws SQLException {
		Instant acknowledgedAt = rs.getMetaData().getColumnCount() >= 12 ? instant(rs, 12) : null;
		return new WarningSummary(rs.getLong(1), WarningKind.valueOf(rs.getString(2)),
				WarningLevel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), instant(rs, 6), instant(rs, 7),
				instant(rs, 8), rs.getInt(9), rs.getInt(10), rs.getInt(11), acknowledgedAt);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
