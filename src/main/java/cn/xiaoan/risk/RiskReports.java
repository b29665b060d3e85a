package cn.xiaoan.risk;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk points across the schools of the caller's scope: the bureau's list of 重大 and 较大
 * points, which schools report to the county.
 */
@Service
@Transactional(readOnly = true)
class RiskReports {

	/** A point and the school it belongs to. */
	public record SchoolRisk(RiskPoint point, String schoolName) {

	}

	private final JdbcClient jdbc;

	private final OrgManagement org;

	RiskReports(JdbcClient jdbc, OrgManagement org) {
		this.jdbc = jdbc;
		this.org = org;
	}

	/**
	 * Points of the given levels (red and orange when none are given) in the caller's
	 * scope, optionally narrowed to a region below it.
	 */
	public List<SchoolRisk> byLevel(Set<RiskLevel> levels, String regionCode) {
		DataScope scope = Callers.current().require(Permission.RISK_READ).scope();
		Set<RiskLevel> wanted = levels == null || levels.isEmpty() ? EnumSet.of(RiskLevel.MAJOR, RiskLevel.LARGER)
				: levels;
		StringBuilder sql = new StringBuilder(RiskRows.POINT)
			.append(" where p.level in (:levels) and p.region_code like :prefix || '%'");
		MapSqlParameterSource params = new MapSqlParameterSource("levels", wanted.stream().map(Enum::name).toList())
			.addValue("prefix", scope.sqlRegionPrefix());
		if (scope.sqlSchoolId() != null) {
			sql.append(" and p.school_id = :school");
			params.addValue("school", scope.sqlSchoolId());
		}
		if (regionCode != null && !regionCode.isBlank()) {
			sql.append(" and p.region_code like :region || '%'");
			params.addValue("region", regionCode.strip());
		}
		List<RiskPoint> points = jdbc.sql(sql + RiskRows.ORDER + ", p.school_id")
			.paramSource(params)
			.query(RiskRows::point)
			.list();
		if (points.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = org.schoolsInScope(SchoolQuery.all())
			.stream()
			.collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::name, (a, b) -> a));
		return points.stream()
			.filter(p -> names.containsKey(p.schoolId()))
			.map(p -> new SchoolRisk(p, names.get(p.schoolId())))
			.toList();
	}

}
