package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.hazard.LedgerElsewhere.Figures;
import cn.xiaoan.hazard.LedgerElsewhere.Filter;
import cn.xiaoan.hazard.LedgerElsewhere.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the mirror's rollup (ADR 0072): the mirrored hazards counted by region, Beijing
 * month reported, status, grade, category and installation, and their whole days from
 * report to closing, kept by triggers in the transaction of every write of the mirror. It
 * answers a filter by region, category, status, grade, open and whole months reported (or
 * none); overdue, which depends on today, is added by the caller from the open hazards
 * themselves, and a filter by overdue, 督办 or part of a month is read live. The caller has
 * checked the scope and gives the filter's parameters.
 */
@Component
class MirrorTally {

	/** The filter over the rollup's alias {@code t}, with the mirror's parameters. */
	private static final String WHERE = """
			t.region_code like :prefix || '%' and (cast(:category as varchar) is null or t.category = :category)
			  and (cast(:from as date) is null or t.month >= cast(:from as date))
			  and (cast(:to as date) is null or t.month <= cast(:to as date))
			  and (cast(:status as varchar) is null or t.status = :status)
			  and (cast(:grade as varchar) is null or t.grade = :grade)
			  and (cast(:open as boolean) is null or :open = (t.status not in ('VERIFIED', 'CLOSED')))
			""";

	private static final String COUNTS = "sum(t.hazards), sum(t.hazards) filter (where t.status not in"
			+ " ('VERIFIED', 'CLOSED')), sum(t.hazards) filter (where t.grade = 'MAJOR'),"
			+ " sum(t.hazards) filter (where t.status in ('VERIFIED', 'CLOSED'))";

	private final JdbcClient jdbc;

	MirrorTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Can the rollup count what this filter lists (overdue apart)? */
	static boolean serves(Filter filter) {
		return filter.overdue() == null && filter.supervised() == null && wholeMonths(filter.from(), filter.to());
	}

	/** Can it give the days to close of this filter (by region and months only)? */
	static boolean servesDays(Filter filter) {
		return serves(filter) && filter.category() == null && filter.status() == null && filter.grade() == null
				&& filter.open() == null;
	}

	private static boolean wholeMonths(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return from == null && to == null;
		}
		return from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1 && !to.isBefore(from);
	}

	/** The rollup's parameters: the months of the filter's first and last day. */
	private static Map<String, Object> months(Map<String, Object> params) {
		Map<String, Object> p = new HashMap<>(params);
		p.computeIfPresent("to", (k, to) -> ((LocalDate) to).withDayOfMonth(1));
		p.remove("overdue");
		p.remove("supervised");
		p.remove("today");
		return p;
	}

	long count(Map<String, Object> params) {
		return jdbc.sql("select coalesce(sum(t.hazards), 0) from exchange.mirror_tally t where " + WHERE)
			.params(months(params))
			.query(Long.class)
			.single();
	}

	/** All, open, major and fixed; overdue 0 (the caller's). */
	Figures figures(Map<String, Object> params) {
		return jdbc.sql("select " + COUNTS + " from exchange.mirror_tally t where " + WHERE)
			.params(months(params))
			.query((rs, n) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), 0, rs.getLong(4)))
			.single();
	}

	/**
	 * {@link #figures} by region key of {@code digits} digits padded to six, each with
	 * its live overdue count from the mirror (the tally keeps none: overdue changes with
	 * the day).
	 */
	Map<String, Unit> figuresByRegion(Map<String, Object> params, int digits) {
		Map<String, Unit> all = new HashMap<>(tallied(params, digits));
		jdbc.sql("select rpad(substr(h.region_code, 1, :digits), 6, '0'), count(*) from exchange.mirrored_hazard h"
				+ " where " + HazardsElsewhere.WHERE + " and " + HazardsElsewhere.OVERDUE + " group by 1")
			.params(params)
			.param("digits", digits)
			.query(rs -> {
				Unit unit = all.get(rs.getString(1));
				if (unit != null) {
					Figures f = unit.figures();
					all.put(rs.getString(1), new Unit(unit.source(),
							new Figures(f.hazards(), f.open(), f.major(), rs.getLong(2), f.fixed())));
				}
			});
		return all;
	}

	private Map<String, Unit> tallied(Map<String, Object> params, int digits) {
		Map<String, Unit> units = new HashMap<>();
		jdbc.sql("select rpad(substr(t.region_code, 1, :digits), 6, '0'), min(t.origin_name), " + COUNTS
				+ " from exchange.mirror_tally t where " + WHERE + " group by 1 having sum(t.hazards) <> 0")
			.params(months(params))
			.param("digits", digits)
			.query(rs -> {
				units.put(rs.getString(1), new Unit(rs.getString(2),
						new Figures(rs.getLong(3), rs.getLong(4), rs.getLong(5), 0, rs.getLong(6))));
			});
		return units;
	}

	/** Region key → whole days to close → hazards. */
	Map<String, Map<Integer, Long>> daysToClose(Map<String, Object> params, int digits) {
		Map<String, Map<Integer, Long>> units = new HashMap<>();
		jdbc.sql("select rpad(substr(t.region_code, 1, :digits), 6, '0'), t.days, sum(t.hazards)"
				+ " from exchange.mirror_close_days t where t.region_code like :prefix || '%'"
				+ " and (cast(:from as date) is null or t.month >= cast(:from as date))"
				+ " and (cast(:to as date) is null or t.month <= cast(:to as date))"
				+ " group by 1, 2 having sum(t.hazards) <> 0")
			.params(months(params))
			.param("digits", digits)
			.query(rs -> {
				units.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
					.merge(rs.getInt(2), rs.getLong(3), Long::sum);
			});
		return units;
	}

}
