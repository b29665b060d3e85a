package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the ledger's rollup (ADR 0005): counts by region or school, month found, status,
 * grade and category, and histograms of whole days to close, kept by triggers in the
 * transaction of every hazard write. Only "overdue", which depends on today, is counted
 * from the open hazards themselves.
 * <p>
 * The region prefix and school ids are written into the SQL as literals (digits and
 * numbers only, checked here) so that every statement is planned for its own scope and
 * the prefix can use the {@code text_pattern_ops} indexes.
 */
@Component
class LedgerTally {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{0,9}");

	/**
	 * The statuses that are not open ({@link HazardStatus#open()}: verified or closed),
	 * as a SQL list. "Open" has this one definition: the rollup's open count, the overdue
	 * count, the home page's figures and the ledger's {@code open=true} filter.
	 */
	static final String DONE_STATUSES = java.util.Arrays.stream(HazardStatus.values())
		.filter(s -> !s.open())
		.map(s -> "'" + s.name() + "'")
		.collect(java.util.stream.Collectors.joining(", ", "(", ")"));

	/** An open hazard (or rollup row) over the alias: neither verified nor closed. */
	static String open(String alias) {
		return alias + ".status not in " + DONE_STATUSES;
	}

	private final JdbcClient jdbc;

	LedgerTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The region prefix that both the scope and the filter allow; null when they exclude
	 * each other.
	 */
	static String prefix(DataScope scope, LedgerQuery query) {
		String allowed = scope.sqlRegionPrefix();
		String asked = query.regionPrefix();
		String prefix = asked.startsWith(allowed) ? asked : allowed.startsWith(asked) ? allowed : null;
		if (prefix != null && !DIGITS.matcher(prefix).matches()) {
			throw new IllegalArgumentException("region prefix " + prefix);
		}
		return prefix;
	}

	/**
	 * Can the rollup count the hazards of this filter (found in whole months, as the
	 * rollup counts them, or at any time)?
	 */
	static boolean counts(LedgerQuery query) {
		boolean always = query.from() == null && query.to() == null;
		return query.overdue() == null && (always || query.from() != null && query.to() != null
				&& new LedgerPeriod(LedgerPeriod.Kind.RANGE, query.from(), query.to()).wholeMonths());
	}

	/** Can the rollup give every figure of this filter (only scope, region, school)? */
	static boolean figures(LedgerQuery query) {
		return counts(query) && query.status() == null && query.grade() == null && query.category() == null;
	}

	/** The number of hazards the ledger lists for a filter {@link #counts} accepts. */
	long count(DataScope scope, LedgerQuery query, String prefix) {
		boolean bySchool = schools(scope, query, prefix);
		StringBuilder where = where("t", scope, query, prefix);
		if (query.status() != null) {
			where.append(" and t.status = '").append(query.status().name()).append('\'');
		}
		if (query.grade() != null) {
			where.append(" and t.grade = '").append(query.grade().name()).append('\'');
		}
		if (query.category() != null) {
			where.append(" and t.category = '").append(query.category().name()).append('\'');
		}
		return jdbc
			.sql("select coalesce(sum(t.hazards), 0) from hazard." + (bySchool ? "tally_school" : "tally_county") + " t"
					+ where)
			.query(Long.class)
			.single();
	}

	/**
	 * The statistics of a filter {@link #figures} accepts; {@code key} groups the rows
	 * one level down, written over alias {@code t} (rollup) — the same expression serves
	 * the hazards' alias {@code h} by replacement.
	 */
	HazardStatistics statistics(DataScope scope, LedgerQuery query, String prefix, String key, boolean bySchool,
			Map<String, String> names, LocalDate today) {
		boolean schools = bySchool || schools(scope, query, prefix);
		String where = where("t", scope, query, prefix).toString();
		Tally total = new Tally();
		Map<String, Tally> below = new TreeMap<>();
		Map<HazardStatus, Long> byStatus = new EnumMap<>(HazardStatus.class);
		Map<HazardGrade, Long> byGrade = new EnumMap<>(HazardGrade.class);
		Map<String, Long> byCategory = new LinkedHashMap<>();
		jdbc.sql("select " + key + ", t.status, t.grade, t.category, sum(t.hazards) from hazard."
				+ (schools ? "tally_school" : "tally_county") + " t" + where
				+ " group by 1, 2, 3, 4 having sum(t.hazards) <> 0")
			.query(rs -> {
				HazardStatus status = HazardStatus.valueOf(rs.getString(2));
				String grade = rs.getString(3);
				long n = rs.getLong(5);
				total.add(status, grade, n);
				below.computeIfAbsent(rs.getString(1), k -> new Tally()).add(status, grade, n);
				byStatus.merge(status, n, Long::sum);
				if (!grade.isEmpty()) {
					byGrade.merge(HazardGrade.valueOf(grade), n, Long::sum);
				}
				byCategory.merge(rs.getString(4), n, Long::sum);
			});
		jdbc.sql("select " + key + ", t.days, sum(t.hazards) from hazard."
				+ (schools ? "close_days_school" : "close_days_county") + " t" + where
				+ " group by 1, 2 having sum(t.hazards) <> 0 order by 2")
			.query(rs -> {
				total.closed(rs.getInt(2), rs.getLong(3));
				below.computeIfAbsent(rs.getString(1), k -> new Tally()).closed(rs.getInt(2), rs.getLong(3));
			});
		jdbc.sql("select " + key.replace("t.", "h.") + ", count(*) from hazard.hazard h"
				+ where("h", scope, query, prefix) + " and " + open("h") + " and h.deadline < :today group by 1")
			.param("today", today)
			.query(rs -> {
				total.overdue += rs.getLong(2);
				below.computeIfAbsent(rs.getString(1), k -> new Tally()).overdue += rs.getLong(2);
			});
		List<HazardStatistics.Row> rows = new ArrayList<>();
		below.forEach((k, tally) -> {
			if (tally.hazards > 0) {
				rows.add(new HazardStatistics.Row(k, names.getOrDefault(k, k), tally.figures()));
			}
		});
		Map<String, Long> categories = new LinkedHashMap<>();
		byCategory.entrySet()
			.stream()
			.filter(e -> e.getValue() != 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> categories.put(e.getKey(), e.getValue()));
		byStatus.values().removeIf(n -> n == 0);
		byGrade.values().removeIf(n -> n == 0);
		return new HazardStatistics(total.figures(), byStatus, byGrade, categories, rows, null);
	}

	/**
	 * Does the filter need the per-school rollup (a school, or a township below the
	 * county rollup's codes)?
	 */
	static boolean schools(DataScope scope, LedgerQuery query, String prefix) {
		return scope.sqlSchoolId() != null || query.schoolId() != null || prefix.length() > 6;
	}

	static StringBuilder where(String alias, DataScope scope, LedgerQuery query, String prefix) {
		StringBuilder where = new StringBuilder(" where ").append(alias)
			.append(".region_code like '")
			.append(prefix)
			.append("%'");
		if (scope.sqlSchoolId() != null) {
			where.append(" and ").append(alias).append(".school_id = ").append((long) scope.sqlSchoolId());
		}
		if (query.schoolId() != null) {
			where.append(" and ").append(alias).append(".school_id = ").append((long) query.schoolId());
		}
		if (query.from() != null) {
			// The rollup by the month found; the hazards themselves by the instant found.
			where.append("t".equals(alias)
					? " and t.month between '" + query.from() + "' and '" + query.to().withDayOfMonth(1) + "'"
					: LedgerQuery.foundBetween(alias, query.from(), query.to()));
		}
		return where;
	}

	/** Counts of one scope or row, with its histogram of whole days to close. */
	private static final class Tally {

		long hazards;

		long open;

		long major;

		long overdue;

		long fixed;

		final TreeMap<Integer, Long> days = new TreeMap<>();

		void add(HazardStatus status, String grade, long n) {
			hazards += n;
			if (status.open()) {
				open += n;
			}
			else {
				fixed += n;
			}
			// every major hazard found, open or not, as the ledger's grade=MAJOR lists
			// them;
			// the home page counts the open ones (HazardHeadline)
			if (HazardGrade.MAJOR.name().equals(grade)) {
				major += n;
			}
		}

		void closed(int day, long n) {
			days.merge(day, n, Long::sum);
		}

		HazardFigures figures() {
			return new HazardFigures(hazards, open, major, overdue, fixed, median(days));
		}

	}

	/**
	 * percentile_cont(0.5) over the whole days of a histogram, rounded to a tenth as the
	 * ledger shows it; null without closed hazards.
	 */
	static Double median(TreeMap<Integer, Long> days) {
		long n = days.values().stream().mapToLong(Long::longValue).sum();
		if (n == 0) {
			return null;
		}
		double position = 0.5 * (n - 1);
		long lower = (long) Math.floor(position);
		double low = valueAt(days, lower);
		double high = valueAt(days, (long) Math.ceil(position));
		double median = low + (position - lower) * (high - low);
		return Math.round(median * 10) / 10.0;
	}

	private static double valueAt(TreeMap<Integer, Long> days, long rank) {
		long seen = 0;
		for (Map.Entry<Integer, Long> e : days.entrySet()) {
			seen += e.getValue();
			if (rank < seen) {
				return e.getKey();
			}
		}
		return days.lastKey();
	}

}
