package cn.xiaoan.security;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.people.GuardCount;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Guard staffing and security facilities of the schools in the caller's scope. */
@Service
@Transactional(readOnly = true)
public class SecurityManagement {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final PeopleManagement people;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	SecurityManagement(JdbcClient jdbc, OrgManagement org, PeopleManagement people, PolicyManagement policy,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.org = org;
		this.people = people;
		this.policy = policy;
		this.events = events;
	}

	public StaffingStatus status(long schoolId) {
		Callers.current().require(Permission.SECURITY_READ);
		SchoolSummary school = org.school(schoolId);
		return evaluate(List.of(school)).get(0);
	}

	/**
	 * Every school in scope matching the filters, with its status; optionally only those
	 * falling short.
	 */
	public List<StaffingStatus> statuses(SchoolQuery filters, boolean onlyShortfalls, String sort) {
		return statuses(filters, onlyShortfalls, null, sort);
	}

	/**
	 * As above; with {@code failing} set, only the schools that fall short of that one of
	 * the "三个100%".
	 */
	public List<StaffingStatus> statuses(SchoolQuery filters, boolean onlyShortfalls, HundredPercent failing,
			String sort) {
		Callers.current().require(Permission.SECURITY_READ);
		List<StaffingStatus> all = evaluate(org.schoolsInScope(filters));
		List<StaffingStatus> result = new ArrayList<>(all.stream()
			.filter(s -> !onlyShortfalls || !s.compliant())
			.filter(s -> failing == null || !failing.metBy(s))
			.toList());
		result.sort(switch (sort == null ? "" : sort) {
			case "name" -> Comparator.comparing((StaffingStatus s) -> s.school().name());
			case "region" -> Comparator.comparing((StaffingStatus s) -> s.school().regionCode())
				.thenComparing(s -> s.school().code());
			case "size" -> Comparator.comparingInt((StaffingStatus s) -> -s.teachersAndStudents());
			default -> Comparator.comparingInt((StaffingStatus s) -> -s.missingGuards())
				.thenComparingInt(s -> -s.shortfalls().size())
				.thenComparing(s -> s.school().code());
		});
		return result;
	}

	/**
	 * The "三个100%" rates over the schools in scope matching the filters: for each
	 * requirement, how many schools meet it.
	 */
	public List<HundredPercent.Rate> hundredPercent(SchoolQuery filters) {
		Callers.current().require(Permission.SECURITY_READ);
		return HundredPercent.rates(evaluate(org.schoolsInScope(filters)));
	}

	private List<StaffingStatus> evaluate(List<SchoolSummary> schools) {
		PolicySnapshot snapshot = policy.snapshot();
		List<Long> ids = schools.stream().map(SchoolSummary::id).toList();
		Map<Long, GuardCount> guards = people.guardCounts(ids);
		Map<Long, Facilities> facilities = facilities(ids);
		Map<String, RegionRules> rules = new HashMap<>();
		List<StaffingStatus> statuses = new ArrayList<>(schools.size());
		for (SchoolSummary school : schools) {
			statuses.add(evaluate(school, rules.computeIfAbsent(school.regionCode(), r -> RegionRules.of(snapshot, r)),
					guards.getOrDefault(school.id(), GuardCount.none(school.id())),
					facilities.getOrDefault(school.id(), Facilities.unknown())));
		}
		return statuses;
	}

	/**
	 * The requirements in force in a region, resolved once for all its schools (a
	 * province's pages evaluate every school of the province, ADR 0064).
	 */
	record RegionRules(GuardRule guards, boolean onlyFullTime, boolean closedManagement, boolean oneButtonAlarm,
			int videoMinDays, boolean policeLink) {

		static RegionRules of(PolicySnapshot policy, String region) {
			return new RegionRules(GuardRule.of(policy, region),
					policy.effective(PolicySetting.REQUIRE_FULL_TIME_GUARDS, region).asBoolean(),
					policy.effective(PolicySetting.REQUIRE_CLOSED_MANAGEMENT, region).asBoolean(),
					policy.effective(PolicySetting.REQUIRE_ONE_BUTTON_ALARM, region).asBoolean(),
					policy.effective(PolicySetting.VIDEO_RETENTION_MIN_DAYS, region).asInt(),
					policy.effective(PolicySetting.REQUIRE_POLICE_LINK, region).asBoolean());
		}

	}

	static StaffingStatus evaluate(SchoolSummary school, RegionRules rules, GuardCount guards, Facilities facilities) {
		int teachersAndStudents = school.studentCount() + guards.teachers();
		GuardRequirement requirement = rules.guards()
			.requirement(teachersAndStudents, school.boarding(), school.boarderCount());
		int counted = rules.onlyFullTime() ? guards.fullTime() : guards.fullTime() + guards.partTime();
		List<String> shortfalls = new ArrayList<>();
		if (counted < requirement.required()) {
			shortfalls.add("security.shortfall.guards");
		}
		if (rules.closedManagement() && !facilities.closedManagement()) {
			shortfalls.add("security.shortfall.closed");
		}
		if (rules.oneButtonAlarm() && !facilities.oneButtonAlarm()) {
			shortfalls.add("security.shortfall.alarm");
		}
		if (!facilities.videoSurveillance() || facilities.videoRetentionDays() < rules.videoMinDays()) {
			shortfalls.add("security.shortfall.video");
		}
		// 联网: an alarm or a video system the police cannot see does not count.
		if (rules.policeLink() && (!facilities.alarmLinkedPolice() || !facilities.videoLinkedPolice())) {
			shortfalls.add("security.shortfall.policeLink");
		}
		return new StaffingStatus(school, guards.teachers(), requirement, counted, guards.partTime(), facilities,
				shortfalls);
	}

	private Map<Long, Facilities> facilities(List<Long> schoolIds) {
		Map<Long, Facilities> result = new HashMap<>();
		if (schoolIds.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select school_id, closed_management, one_button_alarm, alarm_linked_police, video_surveillance,
				       video_linked_police, video_retention_days, updated_by, updated_at
				from security.school_facilities where school_id = any(:ids)""")
			.param("ids", schoolIds.toArray(Long[]::new))
			.query(rs -> {
				result.put(rs.getLong(1),
						new Facilities(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5),
								rs.getBoolean(6), rs.getInt(7), rs.getString(8),
								rs.getObject(9, OffsetDateTime.class)));
			});
		return result;
	}

	@Transactional
	public StaffingStatus recordFacilities(long schoolId, Facilities update) {
		CurrentUser caller = Callers.current().require(Permission.SECURITY_EDIT);
		SchoolSummary school = org.school(schoolId);
		Facilities before = facilities(List.of(schoolId)).getOrDefault(schoolId, Facilities.unknown());
		jdbc.sql(
				"""
						insert into security.school_facilities (school_id, region_code, closed_management, one_button_alarm,
						       alarm_linked_police, video_surveillance, video_linked_police, video_retention_days, updated_by,
						       updated_at)
						values (:s, :r, :c, :a, :p, :v, :vp, :d, :u, now())
						on conflict (school_id) do update set region_code = excluded.region_code,
						       closed_management = excluded.closed_management, one_button_alarm = excluded.one_button_alarm,
						       alarm_linked_police = excluded.alarm_linked_police,
						       video_surveillance = excluded.video_surveillance, video_linked_police = excluded.video_linked_police,
						       video_retention_days = excluded.video_retention_days, updated_by = excluded.updated_by,
						       updated_at = excluded.updated_at""")
			.param("s", schoolId)
			.param("r", school.regionCode())
			.param("c", update.closedManagement())
			.param("a", update.oneButtonAlarm())
			.param("p", update.alarmLinkedPolice())
			.param("v", update.videoSurveillance())
			.param("vp", update.videoLinkedPolice())
			.param("d", update.videoRetentionDays())
			.param("u", caller.username())
			.update();
		events.publishEvent(EntityChanged.updated("school_facilities", schoolId, school.regionCode(), schoolId,
				view(before), view(update)));
		return status(schoolId);
	}

	/**
	 * Schools in the caller's scope falling short of any requirement, for landing pages.
	 */
	public long shortfallCount() {
		if (!Callers.current().can(Permission.SECURITY_READ)) {
			return 0;
		}
		return statuses(SchoolQuery.all(), true, "").size();
	}

	private static Map<String, Object> view(Facilities f) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("closedManagement", f.closedManagement());
		m.put("oneButtonAlarm", f.oneButtonAlarm());
		m.put("alarmLinkedPolice", f.alarmLinkedPolice());
		m.put("videoSurveillance", f.videoSurveillance());
		m.put("videoLinkedPolice", f.videoLinkedPolice());
		m.put("videoRetentionDays", f.videoRetentionDays());
		return m;
	}

}
