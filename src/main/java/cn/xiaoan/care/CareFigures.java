package cn.xiaoan.care;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts of care per school, rolled up the region tree (county → city → province)
 * with drill-down to schools and never further: paired % of the students at risk, visits
 * per month, overdue follow-ups. The only view of care a bureau has (ADR 0029).
 */
@Service
@Transactional(readOnly = true)
public class CareFigures {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final FollowUps followUps;

	CareFigures(JdbcClient jdbc, OrgManagement org, FollowUps followUps) {
		this.jdbc = jdbc;
		this.org = org;
		this.followUps = followUps;
	}

	/**
	 * The caller's unit, or a region within the caller's scope: a school's staff see
	 * their school only.
	 */
	public CareOverview overview(String region) {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_COUNTS);
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.SCHOOL) {
			SchoolSummary school = org.school(scope.schoolId());
			CareCounts counts = bySchool(school.regionCode()).getOrDefault(school.id(), CareCounts.NONE);
			return new CareOverview(school.regionCode(), school.name(), null, counts, List.of(),
					List.of(new CareOverview.Unit(String.valueOf(school.id()), school.name(), counts)),
					months(school.regionCode(), school.id()));
		}
		if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.REGION) {
			throw new AccessDenied("counts are for bureaus and schools");
		}
		String code = region == null || region.isBlank() ? (scope.kind() == DataScope.Kind.REGION
				? RegionCode.fromPrefix(scope.regionPrefix()).value() : "450000") : region;
		if (!RegionCode.isValid(code)) {
			throw new NotFound("region", code);
		}
		if (!scope.coversRegion(code)) {
			throw new AccessDenied("region " + code + " is outside the caller's scope");
		}
		Region unit = org.region(code).orElseThrow(() -> new NotFound("region", code));
		String prefix = unit.prefix();
		Map<Long, CareCounts> schools = bySchool(prefix);
		Map<Long, String> regionOf = new HashMap<>();
		List<SchoolSummary> inRegion = org.schoolsInScope(new SchoolQuery("", null, code, 0, 200, "code"));
		inRegion.forEach(s -> regionOf.put(s.id(), s.regionCode()));
		jdbc.sql("select school_id, region_code from care.flag where region_code like :p || '%' "
				+ "union select school_id, region_code from care.visit where region_code like :p || '%'")
			.param("p", prefix)
			.query(rs -> {
				regionOf.putIfAbsent(rs.getLong(1), rs.getString(2));
			});
		CareCounts total = schools.values().stream().reduce(CareCounts.NONE, CareCounts::plus);
		List<CareOverview.Unit> regions = new ArrayList<>();
		for (Region child : org.regionsInScope(code)) {
			if (child.retired() || child.code().equals(code)) {
				continue;
			}
			CareCounts sum = CareCounts.NONE;
			for (Map.Entry<Long, CareCounts> e : schools.entrySet()) {
				String r = regionOf.get(e.getKey());
				if (r != null && r.startsWith(child.prefix())) {
					sum = sum.plus(e.getValue());
				}
			}
			regions.add(new CareOverview.Unit(child.code(), child.name(), sum));
		}
		List<CareOverview.Unit> own = inRegion.stream()
			.filter(s -> s.regionCode().equals(code))
			.map(s -> new CareOverview.Unit(String.valueOf(s.id()), s.name(),
					schools.getOrDefault(s.id(), CareCounts.NONE)))
			.toList();
		String parent = unit.parentCode() != null && scope.coversRegion(unit.parentCode()) ? unit.parentCode() : null;
		return new CareOverview(code, unit.name(), parent, total, regions, own, months(prefix, null));
	}

	/**
	 * The counts of every school under the prefix (a school's region code also works).
	 */
	Map<Long, CareCounts> bySchool(String prefix) {
		Map<Long, long[]> tally = new HashMap<>();
		LocalDate today = followUps.today();
		jdbc.sql("""
				select f.school_id, count(distinct f.student_id),
				       count(distinct f.student_id) filter (where p.student_id is not null)
				from care.flag f left join care.pair p on p.student_id = f.student_id
				where f.region_code like :p || '%' group by f.school_id""").param("p", prefix).query(rs -> {
			long[] t = tally.computeIfAbsent(rs.getLong(1), k -> new long[4]);
			t[0] = rs.getLong(2);
			t[1] = rs.getLong(3);
		});
		jdbc.sql("""
				select school_id, count(*) from care.visit
				where region_code like :p || '%' and visit_date >= :from group by school_id""")
			.param("p", prefix)
			.param("from", today.withDayOfMonth(1))
			.query(rs -> {
				tally.computeIfAbsent(rs.getLong(1), k -> new long[4])[2] = rs.getLong(2);
			});
		jdbc.sql("""
				select school_id, count(*) from care.follow_up
				where region_code like :p || '%' and due_on < :today group by school_id""")
			.param("p", prefix)
			.param("today", today)
			.query(rs -> {
				tally.computeIfAbsent(rs.getLong(1), k -> new long[4])[3] = rs.getLong(2);
			});
		Map<Long, CareCounts> counts = new HashMap<>();
		tally.forEach((school, t) -> counts.put(school, new CareCounts(t[0], t[1], t[2], t[3])));
		return counts;
	}

	private List<CareOverview.Month> months(String prefix, Long school) {
		YearMonth now = YearMonth.from(followUps.today());
		Map<String, Long> visits = new HashMap<>();
		jdbc.sql("""
				select to_char(visit_date, 'YYYY-MM'), count(*) from care.visit
				where region_code like :p || '%' and (cast(:s as bigint) is null or school_id = :s)
				  and visit_date >= :from group by 1""")
			.param("p", prefix)
			.param("s", school)
			.param("from", now.minusMonths(5).atDay(1))
			.query(rs -> {
				visits.put(rs.getString(1), rs.getLong(2));
			});
		List<CareOverview.Month> months = new ArrayList<>();
		for (int i = 5; i >= 0; i--) {
			String key = now.minusMonths(i).toString();
			months.add(new CareOverview.Month(key, visits.getOrDefault(key, 0L)));
		}
		return months;
	}

}
