package cn.xiaoan.emergency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of plans for lists: each row carries its review date by the policy of its
 * school's region (looked up once per region).
 */
@Component
class PlanQueries {

	private static final String SELECT = """
			select id, school_id, region_code, kind, title, status, current_version, reviewed_on, bureau_comment
			from emergency.plan""";

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	private final Clock clock;

	PlanQueries(JdbcClient jdbc, PolicyManagement policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	PlanRow row(long id) {
		return rows(SELECT + " where id = :id", Map.of("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("emergency plan", id));
	}

	List<PlanRow> ofSchool(long schoolId) {
		return rows(SELECT + " where school_id = :s", Map.of("s", schoolId)).stream()
			.sorted(java.util.Comparator.comparing(PlanRow::kind))
			.toList();
	}

	List<PlanRow> inScope(DataScope scope) {
		return rows(SELECT + """
				 where region_code like :p || '%' and (cast(:s as bigint) is null or school_id = :s)
				order by region_code, school_id, kind""", params(scope));
	}

	List<SchoolPlanSet> planSets(List<SchoolSummary> schools, Map<String, String> regionNames) {
		Map<Long, List<PlanRow>> bySchool = new HashMap<>();
		if (!schools.isEmpty()) {
			String prefix = commonPrefix(schools);
			for (PlanRow row : rows(SELECT + " where region_code like :p || '%'", Map.of("p", prefix))) {
				bySchool.computeIfAbsent(row.schoolId(), k -> new java.util.ArrayList<>()).add(row);
			}
		}
		return schools.stream().map(s -> {
			List<PlanRow> plans = bySchool.getOrDefault(s.id(), List.of());
			return new SchoolPlanSet(s.id(), s.name(), regionNames.getOrDefault(s.regionCode(), ""), plans.size(),
					count(plans, PlanStatus.ACCEPTED), count(plans, PlanStatus.FILED),
					count(plans, PlanStatus.RETURNED), count(plans, PlanStatus.DRAFT),
					(int) plans.stream().filter(PlanRow::reviewDue).count(),
					plans.stream().anyMatch(p -> p.kind() == PlanKind.GENERAL));
		}).toList();
	}

	/** Plans of the scope awaiting the bureau (filed). */
	long filedCount(DataScope scope) {
		return jdbc.sql("""
				select count(*) from emergency.plan where status = 'FILED'
				and region_code like :p || '%' and (cast(:s as bigint) is null or school_id = :s)""")
			.params(params(scope))
			.query(Long.class)
			.single();
	}

	private static int count(List<PlanRow> plans, PlanStatus status) {
		return (int) plans.stream().filter(p -> p.status() == status).count();
	}

	private static String commonPrefix(List<SchoolSummary> schools) {
		String prefix = schools.get(0).regionCode();
		for (SchoolSummary s : schools) {
			while (!s.regionCode().startsWith(prefix)) {
				prefix = prefix.substring(0, prefix.length() - 1);
			}
		}
		return prefix;
	}

	private static Map<String, Object> params(DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("p", scope.sqlRegionPrefix());
		params.put("s", scope.sqlSchoolId());
		return params;
	}

	private List<PlanRow> rows(String sql, Map<String, Object> params) {
		LocalDate today = LocalDate.now(clock);
		Map<String, Integer> days = new HashMap<>();
		return jdbc.sql(sql).params(params).query((rs, n) -> {
			String region = rs.getString("region_code");
			int interval = days.computeIfAbsent(region,
					r -> policy.effective(PolicySetting.EMERGENCY_PLAN_REVIEW_DAYS, r).asInt());
			LocalDate reviewed = rs.getObject("reviewed_on", LocalDate.class);
			LocalDate due = reviewed.plusDays(interval);
			return new PlanRow(rs.getLong("id"), rs.getLong("school_id"), region,
					PlanKind.valueOf(rs.getString("kind")), rs.getString("title"),
					PlanStatus.valueOf(rs.getString("status")), rs.getInt("current_version"), reviewed, due,
					!due.isAfter(today), rs.getString("bureau_comment"));
		}).list();
	}

}
