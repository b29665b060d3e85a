package cn.xiaoan.hazard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Page;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.ReadsReplica;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger (台账) of a school or region: filtered lists and statistics rolled up one
 * level ({@link HazardExports} writes its workbooks).
 */
@Service
@Transactional(readOnly = true)
class HazardLedger {

	static final String FIGURES = """
			count(*), count(*) filter (where %1$s),
			count(*) filter (where h.grade = 'MAJOR'),
			count(*) filter (where %1$s and h.deadline < :today),
			count(*) filter (where h.status in ('VERIFIED', 'CLOSED')),
			percentile_cont(0.5) within group (order by extract(epoch from h.closed_at - h.found_at) / 86400)
			  filter (where h.closed_at is not null)""".formatted(LedgerQuery.OPEN);

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final Clock clock;

	private final LedgerTally tally;

	HazardLedger(JdbcClient jdbc, OrgManagement org, Clock clock, LedgerTally tally) {
		this.jdbc = jdbc;
		this.tally = tally;
		this.org = org;
		this.clock = clock;
	}

	/**
	 * A page of the filtered list in the order asked (newest first by default). The count
	 * comes from the rollup unless the filter is by something it does not keep (overdue,
	 * open, supervised, days found); either way it counts the rows the pages walk
	 * through.
	 */
	public Page<HazardSummary> ledger(LedgerQuery query) {
		DataScope scope = Callers.current().require(Permission.HAZARD_READ).scope();
		LocalDate today = LocalDate.now(clock);
		int page = query.page();
		int size = query.size();
		String prefix = LedgerTally.prefix(scope, query);
		if (prefix == null) {
			return new Page<>(List.of(), 0, page, size);
		}
		Map<String, Object> params = query.params(scope, today);
		long total = count(query, scope, prefix, params);
		if (query.sort().bySchool()) {
			params.put("schoolOrder",
					org.schoolsInScope(new SchoolQuery("", null, null, 0, 200, "name"))
						.stream()
						.map(s -> s.id())
						.toArray(Long[]::new));
		}
		List<HazardSummary> items = jdbc
			.sql(HazardRows.SELECT + " where " + regionKey(prefix) + LedgerQuery.FILTERS + query.sort().orderBy()
					+ " limit :size offset :o")
			.params(params)
			.param("size", size)
			.param("o", (long) page * size)
			.query((rs, n) -> HazardRows.summary(rs, today))
			.list();
		return new Page<>(items, total, page, size);
	}

	/** How many hazards the filter lists (the pager's 共 N 条). */
	public long count(LedgerQuery query) {
		DataScope scope = Callers.current().require(Permission.HAZARD_READ).scope();
		String prefix = LedgerTally.prefix(scope, query);
		return prefix == null ? 0 : count(query, scope, prefix, query.params(scope, LocalDate.now(clock)));
	}

	private long count(LedgerQuery query, DataScope scope, String prefix, Map<String, Object> params) {
		return LedgerTally.counts(query) && !query.beyondRollup() ? tally.count(scope, query, prefix)
				: jdbc.sql("select count(*) from hazard.hazard h" + LedgerQuery.WHERE)
					.params(params)
					.query(Long.class)
					.single();
	}

	/**
	 * The region both scope and filter allow, as the key of the newest-first index of its
	 * level (province, city, county; a township's exact code) with the prefix as a
	 * literal of digits: {@code left(code, n) = prefix} is {@code code like 'prefix%'}.
	 */
	private static String regionKey(String prefix) {
		return switch (prefix.length()) {
			case 0 -> "true";
			case 9 -> "h.region_code = '" + prefix + "'";
			default -> "left(h.region_code, " + prefix.length() + ") = '" + prefix + "'";
		};
	}

	/**
	 * Figures of the caller's scope over the hazards found in a period, which also bounds
	 * the query.
	 */
	@ReadsReplica
	public HazardStatistics statistics(LedgerQuery query, LedgerPeriod period) {
		return statistics(query.in(period)).over(period);
	}

	/**
	 * Figures of the caller's scope; from the rollup unless filtered by more than region,
	 * school and whole months found ({@link #statisticsFromHazards} then, which answers
	 * the same).
	 */
	@ReadsReplica
	public HazardStatistics statistics(LedgerQuery query) {
		DataScope scope = Callers.current().require(Permission.HAZARD_READ).scope();
		String prefix = LedgerTally.prefix(scope, query);
		if (prefix == null || !LedgerTally.figures(query) || query.beyondRollup()) {
			return statisticsFromHazards(query);
		}
		boolean bySchool = bySchool(scope, prefix);
		String key = rowKey("t", bySchool, prefix);
		return tally.statistics(scope, query, prefix, key, bySchool, bySchool ? schoolNames() : org.regionNames(),
				LocalDate.now(clock));
	}

	/** Are the statistics' rows one level down schools (else regions)? */
	boolean rowsAreSchools(LedgerQuery query) {
		DataScope scope = Callers.current().scope();
		String prefix = LedgerTally.prefix(scope, query);
		return prefix == null || bySchool(scope, prefix);
	}

	/**
	 * The key of a row one level down over the alias: a school's id, or the region code
	 * of the level below {@code prefix} padded with zeros to six.
	 */
	static String rowKey(String alias, boolean bySchool, String prefix) {
		String code = alias + ".region_code";
		return bySchool ? "cast(" + alias + ".school_id as varchar)" : prefix.isEmpty()
				? "substring(" + code + ", 1, 2) || '0000'"
				: prefix.length() == 2 ? "substring(" + code + ", 1, 4) || '00'" : "substring(" + code + ", 1, 6)";
	}

	static boolean bySchool(DataScope scope, String prefix) {
		return scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.REGION || prefix.length() >= 6;
	}

	/** The statistics by the straightforward SQL over the hazards (any filter). */
	HazardStatistics statisticsFromHazards(LedgerQuery query) {
		DataScope scope = Callers.current().require(Permission.HAZARD_READ).scope();
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> params = query.params(scope, today);
		HazardFigures total = jdbc.sql("select " + FIGURES + " from hazard.hazard h" + LedgerQuery.WHERE)
			.params(params)
			.query((rs, n) -> figures(rs, 1))
			.single();
		Map<HazardStatus, Long> byStatus = new EnumMap<>(HazardStatus.class);
		jdbc.sql("select h.status, count(*) from hazard.hazard h" + LedgerQuery.WHERE + " group by h.status")
			.params(params)
			.query(rs -> {
				byStatus.put(HazardStatus.valueOf(rs.getString(1)), rs.getLong(2));
			});
		Map<HazardGrade, Long> byGrade = new EnumMap<>(HazardGrade.class);
		jdbc.sql("select h.grade, count(*) from hazard.hazard h" + LedgerQuery.WHERE
				+ " and h.grade is not null group by h.grade")
			.params(params)
			.query(rs -> {
				byGrade.put(HazardGrade.valueOf(rs.getString(1)), rs.getLong(2));
			});
		Map<String, Long> byCategory = new LinkedHashMap<>();
		jdbc.sql("select h.category, count(*) from hazard.hazard h" + LedgerQuery.WHERE
				+ " group by h.category order by count(*) desc")
			.params(params)
			.query(rs -> {
				byCategory.put(rs.getString(1), rs.getLong(2));
			});
		return new HazardStatistics(total, byStatus, byGrade, byCategory, below(scope, query, params), null);
	}

	/**
	 * One level down: cities of a province, counties of a city, schools of a county or
	 * township.
	 */
	private List<HazardStatistics.Row> below(DataScope scope, LedgerQuery query, Map<String, Object> params) {
		String prefix = query.regionPrefix().length() > scope.sqlRegionPrefix().length() ? query.regionPrefix()
				: scope.sqlRegionPrefix();
		boolean bySchool = scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.REGION
				|| prefix.length() >= 6;
		String key = rowKey("h", bySchool, prefix);
		Map<String, String> names = bySchool ? schoolNames() : org.regionNames();
		return jdbc
			.sql("select " + key + ", " + FIGURES + " from hazard.hazard h" + LedgerQuery.WHERE
					+ " group by 1 order by 1")
			.params(params)
			.query((rs, n) -> new HazardStatistics.Row(rs.getString(1),
					names.getOrDefault(rs.getString(1), rs.getString(1)), figures(rs, 2)))
			.list();
	}

	/**
	 * The names of these schools (those in the caller's scope), keyed as the pages key
	 * them.
	 */
	Map<String, String> schoolNames(java.util.Collection<Long> ids) {
		Map<String, String> names = new LinkedHashMap<>();
		org.schoolNames(ids).forEach((id, name) -> names.put(String.valueOf(id), name));
		return names;
	}

	Map<String, String> schoolNames() {
		Map<String, String> names = new LinkedHashMap<>();
		org.schoolsInScope(cn.xiaoan.org.SchoolQuery.all()).forEach(s -> names.put(String.valueOf(s.id()), s.name()));
		return names;
	}

	static HazardFigures figures(ResultSet rs, int first) throws SQLException {
		double median = rs.getDouble(first + 5);
		return new HazardFigures(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3),
				rs.getLong(first + 4), rs.wasNull() ? null : Math.round(median * 10) / 10.0);
	}

}
