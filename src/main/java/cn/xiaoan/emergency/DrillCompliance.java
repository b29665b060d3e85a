package cn.xiaoan.emergency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drill frequency compliance (中小学每月、幼儿园每季度至少1次, policy): per school over its period,
 * rolled up one level down the region tree (provinces → cities → counties → schools), the
 * schools without a drill, and reminders to them — by a bureau with one click, or by the
 * job a set number of days before the period ends.
 */
@Service
@Transactional(readOnly = true)
public class DrillCompliance {

	private final Drills store;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final Notifications notifications;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Clock clock;

	DrillCompliance(Drills store, OrgManagement org, PolicyManagement policy, Notifications notifications,
			org.springframework.context.ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.org = org;
		this.policy = policy;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The compliance of a region of the scope ("" for all of it) in a month (this one
	 * when null).
	 */
	public ComplianceTable table(String region, YearMonth month) {
		CurrentUser caller = Callers.current().require(PlanManagement.EMERGENCY_READ);
		YearMonth m = month == null ? YearMonth.now(clock) : month;
		String prefix = prefix(caller.scope(), region);
		List<SchoolCompliance> schools = schools(prefix, m);
		boolean bySchool = caller.scope().kind() == DataScope.Kind.SCHOOL || prefix.length() >= 6;
		Map<String, String> regionNames = org.regionNames();
		Map<String, List<SchoolCompliance>> groups = new LinkedHashMap<>();
		for (SchoolCompliance s : schools) {
			String key = bySchool ? String.valueOf(s.schoolId()) : prefix.isEmpty()
					? s.regionCode().substring(0, 2) + "0000"
					: prefix.length() == 2 ? s.regionCode().substring(0, 4) + "00" : s.regionCode().substring(0, 6);
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
		}
		List<ComplianceTable.Row> below = new ArrayList<>();
		groups.forEach((key, list) -> below
			.add(row(key, bySchool ? list.get(0).schoolName() : regionNames.getOrDefault(key, key), list)));
		below.sort(java.util.Comparator.comparing(ComplianceTable.Row::key));
		String code = prefix.isEmpty() ? "" : cn.xiaoan.shared.RegionCode.fromPrefix(prefix).value();
		String name = prefix.isEmpty() ? org.callerUnitName() : regionNames.getOrDefault(code, code);
		if (caller.scope().kind() == DataScope.Kind.SCHOOL) {
			name = schools.isEmpty() ? "" : schools.get(0).schoolName();
		}
		return new ComplianceTable(region == null ? "" : region, name, m, bySchool, row(code, name, schools), below,
				schools.stream().filter(s -> !s.compliant()).toList());
	}

	/** One school's compliance in a month (its home page's 待办). */
	SchoolCompliance ofSchool(SchoolSummary school, YearMonth month) {
		return compliance(List.of(school), month).get(0);
	}

	/** Every school of the prefix (within the caller's scope) with its compliance. */
	List<SchoolCompliance> schools(String prefix, YearMonth month) {
		List<SchoolSummary> schools = org.schoolsInScope(new SchoolQuery("", null,
				prefix.isEmpty() ? null : cn.xiaoan.shared.RegionCode.fromPrefix(prefix).value(), 0, 200, "code"));
		return compliance(schools.stream().filter(s -> s.regionCode().startsWith(prefix)).toList(), month);
	}

	/**
	 * One-click reminder (催办) of a school without a drill this period; at most once a
	 * day.
	 */
	@Transactional
	public boolean remind(long schoolId, YearMonth month) {
		CurrentUser caller = Callers.current().require(PlanManagement.EMERGENCY_SUPERVISE);
		SchoolSummary school = org.school(schoolId);
		SchoolCompliance c = ofSchool(school, month == null ? YearMonth.now(clock) : month);
		if (c.compliant()) {
			throw new BusinessRuleViolation("schoolId", "emergency.compliance.error.compliant");
		}
		return send(c, "MANUAL", caller.displayName());
	}

	/** Reminds every school of the region (within scope) without a drill this period. */
	@Transactional
	public int remindAll(String region, YearMonth month) {
		CurrentUser caller = Callers.current().require(PlanManagement.EMERGENCY_SUPERVISE);
		String prefix = prefix(caller.scope(), region);
		int sent = 0;
		for (SchoolCompliance c : schools(prefix, month == null ? YearMonth.now(clock) : month)) {
			if (!c.compliant() && send(c, "MANUAL", caller.displayName())) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * The job's reminders: each school of the whole platform (the caller is the system)
	 * still short of drills when its period ends within the region's set days, once per
	 * period whatever the number of app instances.
	 */
	@Transactional
	public int remindBeforePeriodEnd() {
		LocalDate today = LocalDate.now(clock);
		Map<String, Integer> days = new HashMap<>();
		int sent = 0;
		for (SchoolCompliance c : schools("", YearMonth.from(today))) {
			int before = days.computeIfAbsent(c.regionCode(),
					r -> policy.effective(PolicySetting.DRILL_REMINDER_DAYS_BEFORE_END, r).asInt());
			if (!c.compliant() && c.periodEnd().toEpochDay() - today.toEpochDay() <= before && send(c, "AUTO", "系统")) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(SchoolCompliance c, String kind, String by) {
		LocalDate day = kind.equals("AUTO") ? c.periodEnd() : LocalDate.now(clock);
		if (!store.reminded(c.schoolId(), c.period(), kind, day, by)) {
			return false;
		}
		notifications.toSchool(c.schoolId(), PlanManagement.SCHOOL_LEADERS,
				c.quarterly() ? "emergency.notify.remind.quarter" : "emergency.notify.remind.month", "/drills/new",
				c.periodEnd().toString(), String.valueOf(c.held()), String.valueOf(c.required()));
		events.publishEvent(EntityChanged.created("drill_reminder", c.schoolId(), c.regionCode(), c.schoolId(),
				Map.of("period", c.period(), "by", by)));
		return true;
	}

	private List<SchoolCompliance> compliance(List<SchoolSummary> schools, YearMonth month) {
		if (schools.isEmpty()) {
			return List.of();
		}
		String prefix = schools.get(0).regionCode();
		for (SchoolSummary s : schools) {
			while (!s.regionCode().startsWith(prefix)) {
				prefix = prefix.substring(0, prefix.length() - 1);
			}
		}
		DrillPeriod monthly = DrillPeriod.of(SchoolType.PRIMARY, month);
		DrillPeriod quarterly = DrillPeriod.of(SchoolType.KINDERGARTEN, month);
		Map<Long, int[]> inMonth = store.heldCounts(prefix, monthly.from(), monthly.to());
		Map<Long, int[]> inQuarter = schools.stream().anyMatch(s -> s.type() == SchoolType.KINDERGARTEN)
				? store.heldCounts(prefix, quarterly.from(), quarterly.to()) : Map.of();
		Map<String, Integer> required = new HashMap<>();
		List<SchoolCompliance> out = new ArrayList<>();
		for (SchoolSummary s : schools) {
			boolean kindergarten = s.type() == SchoolType.KINDERGARTEN;
			DrillPeriod period = kindergarten ? quarterly : monthly;
			PolicySetting setting = kindergarten ? PolicySetting.DRILL_MIN_PER_QUARTER_KINDERGARTEN
					: PolicySetting.DRILL_MIN_PER_MONTH;
			int min = required.computeIfAbsent(setting.name() + s.regionCode(),
					k -> policy.effective(setting, s.regionCode()).asInt());
			int[] held = (kindergarten ? inQuarter : inMonth).getOrDefault(s.id(), new int[2]);
			out.add(new SchoolCompliance(s.id(), s.name(), s.regionCode(), s.regionName(), s.type(), period.key(),
					kindergarten, period.to(), min, held[0], held[1]));
		}
		return out;
	}

	private static ComplianceTable.Row row(String key, String name, List<SchoolCompliance> schools) {
		return new ComplianceTable.Row(key, name, schools.size(),
				(int) schools.stream().filter(SchoolCompliance::compliant).count(),
				schools.stream().mapToInt(SchoolCompliance::overtime).sum());
	}

	/**
	 * The region asked for, which must lie in the scope; the scope's own prefix when
	 * none.
	 */
	private static String prefix(DataScope scope, String region) {
		if (region == null || region.isBlank() || scope.kind() == DataScope.Kind.SCHOOL) {
			return scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolRegion() : scope.sqlRegionPrefix();
		}
		if (!region.matches("\\d{6}|\\d{9}") || !scope.coversRegion(region)) {
			throw new NotFound("region", region);
		}
		return cn.xiaoan.shared.RegionCode.of(region).prefix();
	}

}
