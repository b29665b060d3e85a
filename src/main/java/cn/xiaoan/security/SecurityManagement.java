package cn.xiaoan.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Page;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
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

	private final StaffingEvaluator evaluator;

	private final ApplicationEventPublisher events;

	SecurityManagement(JdbcClient jdbc, OrgManagement org, StaffingEvaluator evaluator,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.org = org;
		this.evaluator = evaluator;
		this.events = events;
	}

	public StaffingStatus status(long schoolId) {
		Callers.current().require(Permission.SECURITY_READ);
		SchoolSummary school = org.school(schoolId);
		return evaluator.evaluate(List.of(school)).get(0);
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
		return listed(evaluated(filters), onlyShortfalls, failing, sort);
	}

	/**
	 * The bureau's list: the schools matching the filters evaluated once for the "三个100%"
	 * over all of them, the guards missing over all those listed, and one page of them —
	 * a province lists 20,000 schools.
	 */
	public StaffingList staffingList(SchoolQuery filters, boolean onlyShortfalls, HundredPercent failing, String sort,
			int page, int size) {
		List<StaffingStatus> all = evaluated(filters);
		List<StaffingStatus> listed = listed(all, onlyShortfalls, failing, sort);
		int shown = Math.min(Math.max(0, page), Math.max(0, (listed.size() - 1) / size));
		int from = shown * size;
		return new StaffingList(HundredPercent.rates(all),
				new Page<>(List.copyOf(listed.subList(from, Math.min(from + size, listed.size()))), listed.size(),
						shown, size),
				listed.stream().mapToInt(StaffingStatus::missingGuards).sum());
	}

	/**
	 * The "三个100%" rates over the schools in scope matching the filters: for each
	 * requirement, how many schools meet it.
	 */
	public List<HundredPercent.Rate> hundredPercent(SchoolQuery filters) {
		return HundredPercent.rates(evaluated(filters));
	}

	/**
	 * The schools in scope matching the filters, evaluated, in the order of their codes.
	 */
	private List<StaffingStatus> evaluated(SchoolQuery filters) {
		Callers.current().require(Permission.SECURITY_READ);
		return evaluator.evaluate(org.schoolsInScope(filters.withSort("code")));
	}

	/**
	 * Those listed, sorted; a stable sort of statuses in the order of their codes, so
	 * ties stay in that order without comparing codes.
	 */
	private static List<StaffingStatus> listed(List<StaffingStatus> all, boolean onlyShortfalls, HundredPercent failing,
			String sort) {
		List<StaffingStatus> result = new ArrayList<>(all.stream()
			.filter(s -> !onlyShortfalls || !s.compliant())
			.filter(s -> failing == null || !failing.metBy(s))
			.toList());
		switch (sort == null ? "" : sort) {
			case "name" -> result.sort(Comparator.comparing((StaffingStatus s) -> s.school().name()));
			case "region" -> result.sort(Comparator.comparing((StaffingStatus s) -> s.school().regionCode()));
			case "size" -> result.sort(Comparator.comparingInt((StaffingStatus s) -> -s.teachersAndStudents()));
			case "code" -> {
			}
			default -> result.sort(Comparator.comparingInt((StaffingStatus s) -> -s.missingGuards())
				.thenComparingInt(s -> -s.shortfalls().size()));
		}
		return result;
	}

	@Transactional
	public StaffingStatus recordFacilities(long schoolId, Facilities update) {
		CurrentUser caller = Callers.current().require(Permission.SECURITY_EDIT);
		SchoolSummary school = org.school(schoolId);
		Facilities before = evaluator.facilities(List.of(schoolId)).getOrDefault(schoolId, Facilities.unknown());
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
		return evaluated(SchoolQuery.all()).stream().filter(s -> !s.compliant()).count();
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
