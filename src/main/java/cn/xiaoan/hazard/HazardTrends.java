package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The home page's everyday view of the hazards of a scope: what is open now (from the
 * rollup, by the one definition of open in {@link LedgerTally#open}), how that went over
 * the last weeks, and which schools have the most overdue hazards. Scope and region
 * literals are checked by {@link LedgerTally}, as for the ledger's statistics.
 */
record HazardTrends(JdbcClient jdbc) {

	HazardHeadline headline(DataScope scope, LocalDate today) {
		LedgerQuery all = LedgerQuery.all();
		String prefix = LedgerTally.prefix(scope, all);
		String tally = LedgerTally.schools(scope, all, prefix) ? "tally_school" : "tally_county";
		Map<String, Long> byGrade = new HashMap<>();
		jdbc.sql("select t.grade, sum(t.hazards) from hazard." + tally + " t"
				+ LedgerTally.where("t", scope, all, prefix) + " and " + LedgerTally.open("t") + " group by t.grade")
			.query(rs -> {
				byGrade.put(rs.getString(1), rs.getLong(2));
			});
		String hazards = " from hazard.hazard h" + LedgerTally.where("h", scope, all, prefix);
		long overdue = jdbc
			.sql("select count(*)" + hazards + " and " + LedgerTally.open("h") + " and h.deadline < :today")
			.param("today", today)
			.query(Long.class)
			.single();
		long supervised = jdbc.sql("select count(*)" + hazards + " and " + LedgerQuery.SUPERVISED)
			.query(Long.class)
			.single();
		return new HazardHeadline(byGrade.getOrDefault(HazardGrade.MAJOR.name(), 0L),
				byGrade.getOrDefault(HazardGrade.GENERAL.name(), 0L), byGrade.getOrDefault("", 0L), overdue, supervised,
				0);
	}

	/**
	 * The hazards open at the end of the same weekday in each of the weeks before today,
	 * oldest first, and today's open hazards (by status, as the headline counts them). A
	 * hazard counts from the instant it was found until its first verification or closing
	 * (its closing or rectification time for one loaded without a history), by its grade
	 * today.
	 */
	List<OpenHazardsWeek> openByWeek(DataScope scope, LocalDate today, int weeks) {
		LedgerQuery all = LedgerQuery.all();
		String prefix = LedgerTally.prefix(scope, all);
		LocalDate first = today.minusWeeks(weeks - 1L);
		Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
		for (int i = 0; i < weeks; i++) {
			byDay.put(first.plusWeeks(i), new long[3]);
		}
		jdbc.sql("""
				with candidate as materialized (
				  select coalesce(h.grade, '') as grade, h.found_at,
				         case when %1$s then null
				              else coalesce((select min(x.at) from hazard.transition x
				                             where x.hazard_id = h.id and x.to_status in %2$s),
				                            h.closed_at, h.rectified_at, h.found_at) end as done_at
				  from hazard.hazard h%3$s
				    and (%1$s or h.status = 'VERIFIED'
				         or h.closed_at >= cast(cast(:first as date) as timestamp) at time zone 'Asia/Shanghai')
				), week_end as materialized (
				  select d::date as day, cast(d::date + 1 as timestamp) at time zone 'Asia/Shanghai' as ends
				  from generate_series(cast(:first as date), cast(:today as date), interval '7 days') d
				)
				select w.day, c.grade, count(*) from week_end w
				join candidate c on case when w.day = cast(:today as date) then c.done_at is null
				                         else c.found_at < w.ends and (c.done_at is null or c.done_at >= w.ends) end
				group by 1, 2""".formatted(LedgerTally.open("h"), LedgerTally.DONE_STATUSES,
				LedgerTally.where("h", scope, all, prefix)))
			.param("first", first)
			.param("today", today)
			.query(rs -> {
				long[] counts = byDay.get(rs.getDate(1).toLocalDate());
				String grade = rs.getString(2);
				counts[HazardGrade.MAJOR.name().equals(grade) ? 0 : grade.isEmpty() ? 2 : 1] += rs.getLong(3);
			});
		List<OpenHazardsWeek> series = new ArrayList<>();
		byDay.forEach((day, c) -> series.add(new OpenHazardsWeek(day, c[0], c[1], c[2])));
		return series;
	}

	/**
	 * The schools of the scope with the most open hazards past their deadline, most first
	 * (ids and counts; the caller names them).
	 */
	Map<Long, Long> mostOverdue(DataScope scope, LocalDate today, int limit) {
		LedgerQuery all = LedgerQuery.all();
		String prefix = LedgerTally.prefix(scope, all);
		Map<Long, Long> schools = new LinkedHashMap<>();
		jdbc.sql("select h.school_id, count(*) from hazard.hazard h" + LedgerTally.where("h", scope, all, prefix)
				+ " and " + LedgerTally.open("h") + " and h.deadline < :today group by 1 order by 2 desc, 1 limit :n")
			.param("today", today)
			.param("n", limit)
			.query(rs -> {
				schools.put(rs.getLong(1), rs.getLong(2));
			});
		return schools;
	}

}
