package cn.xiaoan.education.rates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.DailyCount;
import cn.xiaoan.education.SchoolCount;
import cn.xiaoan.org.UnitNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every school a campaign targets here with all its figures and coverage, the names of
 * the regions it lies in, and what each day added to its figures: what goes up to the
 * installation above (ADR 0069, 0079). Counted as {@link TargetedRates#of} counts them;
 * the days are its assigned classes' daily tallies ({@code education.rate_daily}), read
 * in the same statement, so a school's days add up to its figures even while the roll-up
 * folds.
 */
@Component
class SchoolCountsUp {

	private final JdbcClient jdbc;

	private final UnitNames unitNames;

	SchoolCountsUp(JdbcClient jdbc, UnitNames unitNames) {
		this.jdbc = jdbc;
		this.unitNames = unitNames;
	}

	List<SchoolCount> schools(Campaign campaign) {
		record Row(long school, String region, int[] figures, String days) {
		}
		List<Row> rows = jdbc.sql(TargetedRates.TARGETED + """
				, dd as (
				    select n.school_id, d.day, sum(d.participated) p, sum(d.completed) c, sum(d.took) k,
				           sum(d.passed) s, sum(d.parent_done) f
				    from n join education.rate_daily d on d.campaign_id = :c and d.unit = 'C:' || n.class_id
				    where n.has group by n.school_id, d.day),
				days as (
				    select school_id, string_agg(cast(day as varchar) || ',' || p || ',' || c || ',' || k || ',' || s
				             || ',' || f, ';' order by day) days
				    from dd where p <> 0 or c <> 0 or k <> 0 or s <> 0 or f <> 0 group by school_id)
				select n.school_id, max(n.region_code), count(*),
				       count(*) filter (where n.has), sum(targeted), sum(participated), sum(completed), sum(took),
				       sum(passed), sum(parent_done), sum(parent_asked),
				       (select days.days from days where days.school_id = n.school_id)
				from n group by n.school_id order by n.school_id""")
			.params(TargetedRates.params(campaign, "S:-1"))
			.query((rs, i) -> {
				int[] f = new int[9];
				for (int k = 0; k < f.length; k++) {
					f[k] = rs.getInt(3 + k);
				}
				return new Row(rs.getLong(1), rs.getString(2), f, rs.getString(12));
			})
			.list();
		Set<String> codes = new HashSet<>();
		rows.forEach(r -> codes.addAll(along(r.region())));
		// every targeted school goes up (a job, not a page): one query for all their
		// names, one for their regions'
		Map<Long, String> schoolNames = unitNames.schools(rows.stream().map(Row::school).toList());
		Map<String, String> names = unitNames.regions(codes);
		return rows.stream().map(r -> {
			Map<String, String> regions = new HashMap<>();
			for (String code : along(r.region())) {
				if (names.containsKey(code)) {
					regions.put(code, names.get(code));
				}
			}
			int[] f = r.figures();
			return new SchoolCount(r.school(), schoolNames.getOrDefault(r.school(), ""), r.region(), regions, f[0],
					f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], DailyCount.parseJoined(r.days()));
		}).toList();
	}

	/** A region code and the codes of its county, city and province. */
	private static List<String> along(String region) {
		return List.of(region, region.substring(0, 6), region.substring(0, 4) + "00", region.substring(0, 2) + "0000");
	}

}
