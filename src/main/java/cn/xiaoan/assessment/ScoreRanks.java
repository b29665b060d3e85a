package cn.xiaoan.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ranks kept with the materialised scores of a scheme and period: each school's place in
 * its province, city and county, and every region ranked among its siblings by the
 * average of its schools. Refreshed whole after any part is rescored, since a county's
 * new scores move places in its city and province too.
 */
@Component
class ScoreRanks {

	private final JdbcClient jdbc;

	ScoreRanks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void refresh(long schemeId, String periodKey) {
		// rows just written have no statistics yet: a nested loop over 20,000 of them
		// takes minutes where a hash join takes milliseconds (local: this transaction
		// only)
		jdbc.sql("set local enable_nestloop = off").update();
		jdbc.sql("""
				update assessment.school_score s set rank_province = r.p, rank_city = r.c, rank_county = r.k
				from (select school_id,
				             rank() over (partition by substr(region_code, 1, 2) order by total desc) p,
				             rank() over (partition by substr(region_code, 1, 4) order by total desc) c,
				             rank() over (partition by substr(region_code, 1, 6) order by total desc) k
				      from assessment.school_score where scheme_id = :s and period_key = :p) r
				where s.scheme_id = :s and s.period_key = :p and s.school_id = r.school_id""")
			.param("s", schemeId)
			.param("p", periodKey)
			.update();
		jdbc.sql("delete from assessment.region_score where scheme_id = :s and period_key = :p")
			.param("s", schemeId)
			.param("p", periodKey)
			.update();
		jdbc.sql("""
				insert into assessment.region_score (scheme_id, period_key, code, parent, schools, average, rank)
				select :s, :p, x.code, x.parent, x.n, x.a, rank() over (partition by x.parent order by x.a desc)
				from (select g.code, g.parent, count(*) n, round(avg(s.total), 2) a
				      from assessment.school_score s
				      cross join lateral (values (substr(s.region_code, 1, 2) || '0000', ''),
				             (substr(s.region_code, 1, 4) || '00', substr(s.region_code, 1, 2)),
				             (substr(s.region_code, 1, 6), substr(s.region_code, 1, 4)),
				             (case when length(s.region_code) = 9 then s.region_code end, substr(s.region_code, 1, 6)))
				           g(code, parent)
				      where s.scheme_id = :s and s.period_key = :p and g.code is not null
				      group by g.code, g.parent) x""").param("s", schemeId).param("p", periodKey).update();
		// the rankings read these rows next: give the planner their real size now rather
		// than when autovacuum comes by (it may be off, or minutes away); on a server
		// where
		// the platform's role may not analyse (PostgreSQL < 17), this is a warning only
		jdbc.sql("analyze assessment.school_score, assessment.region_score").update();
	}

	/**
	 * The rank column of a ranking over a region prefix, or null where no level matches
	 * (the whole platform, a township) and the ranking ranks on read.
	 */
	static String column(String prefix) {
		return switch (prefix.length()) {
			case 2 -> "rank_province";
			case 4 -> "rank_city";
			case 6 -> "rank_county";
			default -> null;
		};
	}

}
