package cn.xiaoan.institutions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published versions of each county's black and white lists. */
@Repository
class PublishedLists {

	private final JdbcClient jdbc;

	private final Clock clock;

	PublishedLists(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Freezes the county's register as the next version: licensed and compliant on the
	 * white list, banned or unlicensed on the black list.
	 */
	long publish(String county, String by, Map<String, String> townships) {
		int version = jdbc
			.sql("select coalesce(max(version), 0) + 1 from institutions.published_list where county_code = :c")
			.param("c", county)
			.query(Integer.class)
			.single();
		long id = jdbc.sql("""
				insert into institutions.published_list (county_code, version, published_at, published_by)
				values (:c, :v, :now, :by) returning id""")
			.param("c", county)
			.param("v", version)
			.param("now", Timestamp.from(clock.instant()))
			.param("by", by)
			.query(Long.class)
			.single();
		jdbc.sql("""
				select id, name, licence_no, address, region_code,
				       case when status = 'BANNED' then 'BANNED' when licence_no = '' then 'UNLICENSED'
				            when status = 'COMPLIANT' then 'COMPLIANT' end
				from institutions.institution where region_code like :p
				  and (status = 'BANNED' or licence_no = '' or status = 'COMPLIANT')""")
			.param("p", county + "%")
			.query((rs, n) -> {
				ListReason reason = ListReason.valueOf(rs.getString(6));
				jdbc.sql("""
						insert into institutions.list_entry (list_id, kind, institution_id, name, licence_no, address,
						       township, reason)
						values (:l, :k, :i, :n, :lic, :a, :t, :reason)""")
					.param("l", id)
					.param("k", reason.black() ? "BLACK" : "WHITE")
					.param("i", rs.getLong(1))
					.param("n", rs.getString(2))
					.param("lic", rs.getString(3))
					.param("a", rs.getString(4))
					.param("t", townships.getOrDefault(rs.getString(5), rs.getString(5)))
					.param("reason", reason.name())
					.update();
				return reason;
			})
			.list();
		return id;
	}

	Optional<PublishedList> latest(String county, String countyName) {
		return jdbc.sql("""
				select id, county_code, version, published_at, published_by from institutions.published_list
				where county_code = :c order by version desc limit 1""").param("c", county).query((rs, n) -> {
			long id = rs.getLong(1);
			List<PublishedList.Entry> entries = entries(id);
			return new PublishedList(id, rs.getString(2), countyName, rs.getInt(3),
					OffsetDateTime.ofInstant(rs.getTimestamp(4).toInstant(), clock.getZone()), rs.getString(5),
					entries.stream().filter(e -> !e.reason().black()).toList(),
					entries.stream().filter(e -> e.reason().black()).toList());
		}).optional();
	}

	/** The counties under a prefix that have published. */
	List<String> counties(String prefix) {
		return jdbc
			.sql("select distinct county_code from institutions.published_list where county_code like :p order by 1")
			.param("p", prefix + "%")
			.query(String.class)
			.list();
	}

	private List<PublishedList.Entry> entries(long list) {
		return jdbc.sql("""
				select institution_id, name, licence_no, address, township, reason from institutions.list_entry
				where list_id = :l order by township, name""")
			.param("l", list)
			.query((rs, n) -> new PublishedList.Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), ListReason.valueOf(rs.getString(6))))
			.list();
	}

}
