package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.analytics.AnalyticsManagement;
import cn.xiaoan.analytics.FiguresElsewhere;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lower installations' hazards and accidents inside the analysis, the leader screen
 * and the reports of the bureau above, through analytics' extension point: grouped in the
 * database (one query per slice, read from the mirror's region index), so the leader
 * screen stays as cheap as the rollup it sits beside. Hazards and accidents count under
 * the installation they come from, also when a middle installation forwarded them (ADR
 * 0068, 0071): a region unit that is that installation's own region is named after it; a
 * school below is keyed by that installation and its id there, never confused with a
 * local school of the same id.
 */
@Component
class FiguresBelow implements FiguresElsewhere {

	private final JdbcClient jdbc;

	FiguresBelow(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HazardCount> hazards(String regionPrefix, int unitDigits, LocalDate from, LocalDate to) {
		allowed(regionPrefix);
		return jdbc
			.sql("""
					select u.origin_name, u.unit,
					       case when :digits = 0 then min(u.school_name) when u.unit = u.origin_region then u.origin_name end,
					       u.found_in, u.category, u.major, u.done, count(*)
					from (select h.origin, h.origin_name, h.origin_region, h.school_name, h.category,
					             coalesce(h.grade = :major, false) major, h.status in ('VERIFIED', 'CLOSED') done,
					             case when :digits = 0 then 'p' || h.origin || '-' || h.school_id
					                  else rpad(substr(h.region_code, 1, :digits), 6, '0') end unit,
					             cast(date_trunc('month', h.reported_at at time zone 'Asia/Shanghai') as date) found_in
					      from exchange.mirrored_hazard h
					      where h.region_code like :prefix || '%'
					        and h.reported_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai'
					        and h.reported_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'Asia/Shanghai') u
					group by u.origin, u.origin_name, u.origin_region, u.unit, u.found_in, u.category, u.major, u.done""")
			.param("digits", unitDigits)
			.param("major", HazardGrade.MAJOR.name())
			.param("prefix", regionPrefix)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new HazardCount(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7),
					rs.getLong(8)))
			.list();
	}

	/**
	 * Whole days from reporting to closing, as analytics counts this platform's from
	 * finding to closing (the report is sent up when the hazard is found).
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<Integer, Long> daysToClose(String regionPrefix, LocalDate from, LocalDate to) {
		allowed(regionPrefix);
		Map<Integer, Long> days = new TreeMap<>();
		jdbc.sql("""
				select cast(floor(extract(epoch from h.closed_at - h.reported_at) / 86400) as integer), count(*)
				from exchange.mirrored_hazard h
				where h.region_code like :prefix || '%' and h.closed_at is not null
				  and h.reported_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai'
				  and h.reported_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'Asia/Shanghai'
				group by 1""").param("prefix", regionPrefix).param("from", from).param("to", to).query(rs -> {
			days.merge(Math.max(0, rs.getInt(1)), rs.getLong(2), Long::sum);
		});
		return days;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccidentCount> accidents(String regionPrefix, LocalDate from, LocalDate to) {
		allowed(regionPrefix);
		return jdbc.sql("""
				select a.origin_name, a.severity, count(*)
				from exchange.mirrored_accident a
				where a.region_code like :prefix || '%'
				  and a.occurred_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai'
				  and a.occurred_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'Asia/Shanghai'
				group by a.origin, a.origin_name, a.severity""")
			.param("prefix", regionPrefix)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new AccidentCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/** Bureaus analyse their own region and below, like analytics itself. */
	private static void allowed(String regionPrefix) {
		DataScope scope = Callers.current().require(AnalyticsManagement.ANALYTICS_READ).scope();
		if (scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL
				|| !scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
	}

}
