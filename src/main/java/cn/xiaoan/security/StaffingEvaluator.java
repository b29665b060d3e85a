package cn.xiaoan.security;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.people.GuardCount;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evaluates the guard staffing and the "三个100%" of many schools at once: one read of
 * their guard counts, one of their facilities, and the policy in force resolved once per
 * region, where a region with no setting of its own takes its parent's rules as they are
 * (a province has 1,400 regions and a handful of overrides, ADR 0073).
 */
@Component
class StaffingEvaluator {

	private final JdbcClient jdbc;

	private final PeopleManagement people;

	private final PolicyManagement policy;

	StaffingEvaluator(JdbcClient jdbc, PeopleManagement people, PolicyManagement policy) {
		this.jdbc = jdbc;
		this.people = people;
		this.policy = policy;
	}

	/** The status of each school, in the order given. */
	List<StaffingStatus> evaluate(List<SchoolSummary> schools) {
		List<Long> ids = schools.stream().map(SchoolSummary::id).toList();
		Map<Long, GuardCount> guards = people.guardCounts(ids);
		Map<Long, Facilities> facilities = facilities(ids);
		Rules rules = new Rules(policy.snapshot());
		List<StaffingStatus> statuses = new ArrayList<>(schools.size());
		for (SchoolSummary school : schools) {
			statuses.add(evaluate(school, rules.of(school.regionCode()),
					guards.getOrDefault(school.id(), GuardCount.none(school.id())),
					facilities.getOrDefault(school.id(), Facilities.unknown())));
		}
		return statuses;
	}

	/**
	 * The rules of each region, resolved once, a region without overrides sharing its
	 * parent's.
	 */
	private static final class Rules {

		private final PolicySnapshot snapshot;

		private final Map<String, RegionRules> byRegion = new HashMap<>();

		Rules(PolicySnapshot snapshot) {
			this.snapshot = snapshot;
		}

		RegionRules of(String region) {
			RegionRules rules = byRegion.get(region);
			if (rules == null) {
				RegionCode parent = RegionCode.isValid(region) ? RegionCode.of(region).parent() : null;
				rules = parent == null || snapshot.hasOverridesAt(region) ? RegionRules.of(snapshot, region)
						: of(parent.value());
				byRegion.put(region, rules);
			}
			return rules;
		}

	}

	/** The requirements in force in a region. */
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

	Map<Long, Facilities> facilities(List<Long> schoolIds) {
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

}
