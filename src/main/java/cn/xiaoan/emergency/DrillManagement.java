package cn.xiaoan.emergency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.SafetyCategory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drills' API (应急演练): plan and record a school's drills, judge the evacuation time
 * against the policy of the school's region (超时), open a hazard from a problem found,
 * keep photos as evidence. Every call checks the permission and the scope.
 */
@Service
@Transactional
public class DrillManagement {

	static final int MAX_PHOTOS = 9;

	private final Drills store;

	private final Plans plans;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final HazardManagement hazards;

	private final Files files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DrillManagement(Drills store, Plans plans, OrgManagement org, PolicyManagement policy, HazardManagement hazards,
			Files files, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.plans = plans;
		this.org = org;
		this.policy = policy;
		this.hazards = hazards;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** Plans a drill, or records one held (with its evacuation time). */
	public DrillRow record(RecordDrill command) {
		CurrentUser caller = Callers.current().require(PlanManagement.EMERGENCY_MANAGE);
		SchoolSummary school = org.school(command.schoolId());
		Integer seconds = command.totalSeconds();
		Map<String, String> problems = new HashMap<>();
		if (seconds != null && command.heldOn().isAfter(today())) {
			problems.put("heldOn", "emergency.drill.error.future");
		}
		if (seconds != null && seconds == 0) {
			problems.put("evacuationSeconds", "emergency.drill.error.time");
		}
		if (seconds == null && !command.problems().isEmpty()) {
			problems.put("problems", "emergency.drill.error.planned");
		}
		if (command.heldOn().isBefore(today().minusYears(1)) || command.heldOn().isAfter(today().plusYears(1))) {
			problems.put("heldOn", "emergency.drill.error.date");
		}
		if (command.planId() != null) {
			try {
				Plan plan = plans.load(command.planId(), caller);
				if (plan.schoolId != school.id()) {
					problems.put("planId", "emergency.drill.error.plan");
				}
			}
			catch (NotFound ex) {
				problems.put("planId", "emergency.drill.error.plan");
			}
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		EvacuationLimit limit = limit(school.regionCode());
		Integer applies = seconds == null ? null : limit.limitFor(command.storeys());
		boolean overtime = limit.overtime(command.storeys(), seconds);
		long id = store.insert(command, school.regionCode(), seconds, applies, overtime, caller, now());
		if (seconds != null) {
			events.publishEvent(
					new DrillRecorded(id, school.id(), school.regionCode(), command.heldOn(), seconds, overtime));
		}
		events.publishEvent(EntityChanged.created("drill", id, school.regionCode(), school.id(),
				audit(command.scenario(), command.heldOn(), seconds, overtime)));
		return row(id);
	}

	/** Records the result of a planned drill once held. */
	public DrillRow result(long id, DrillResult result) {
		CurrentUser caller = Callers.current().require(PlanManagement.EMERGENCY_MANAGE);
		DrillRow drill = store.load(id, caller);
		if (drill.held()) {
			throw new BusinessRuleViolation("evacuationSeconds", "emergency.drill.error.held");
		}
		if (drill.heldOn().isAfter(today())) {
			throw new BusinessRuleViolation("heldOn", "emergency.drill.error.future");
		}
		if (result.totalSeconds() == 0) {
			throw new BusinessRuleViolation("evacuationSeconds", "emergency.drill.error.time");
		}
		EvacuationLimit limit = limit(drill.regionCode());
		boolean overtime = limit.overtime(drill.storeys(), result.totalSeconds());
		store.result(id, result, limit.limitFor(drill.storeys()), overtime);
		events.publishEvent(new DrillRecorded(id, drill.schoolId(), drill.regionCode(), drill.heldOn(),
				result.totalSeconds(), overtime));
		events.publishEvent(EntityChanged.updated("drill", id, drill.regionCode(), drill.schoolId(), Map.of(),
				audit(drill.scenario(), drill.heldOn(), result.totalSeconds(), overtime)));
		return row(id);
	}

	/**
	 * Opens a hazard (排查 through the hazard module) for a problem the drill found, and
	 * links the two; a problem opens at most one hazard.
	 */
	public long openHazard(long drillId, long problemId) {
		CurrentUser caller = Callers.current().require(PlanManagement.EMERGENCY_MANAGE);
		DrillRow drill = store.load(drillId, caller);
		DrillView.Problem problem = store.problems(drillId)
			.stream()
			.filter(p -> p.id() == problemId)
			.findFirst()
			.orElseThrow(() -> new NotFound("drill problem", problemId));
		if (problem.hazardId() != null) {
			throw new BusinessRuleViolation("problem", "emergency.drill.error.hazardopen");
		}
		String title = "演练发现：" + problem.description();
		HazardSummary hazard = hazards
			.report(new ReportHazard(drill.schoolId(), title.length() > 100 ? title.substring(0, 100) : title,
					problem.description() + "（" + drill.heldOn() + " " + drill.scenario() + "）", "",
					SafetyCategory.EMERGENCY, null, null, null, null));
		store.linkHazard(drillId, problemId, hazard.id());
		events.publishEvent(EntityChanged.updated("drill_problem", problemId, drill.regionCode(), drill.schoolId(),
				Map.of(), Map.of("hazard", hazard.number())));
		return hazard.id();
	}

	/** A photo of the drill as evidence (at most nine). */
	public UUID attachPhoto(long drillId, byte[] bytes, String fileName) {
		CurrentUser caller = Callers.current().require(PlanManagement.EMERGENCY_MANAGE);
		DrillRow drill = store.load(drillId, caller);
		if (store.photos(drillId).size() >= MAX_PHOTOS) {
			throw new BusinessRuleViolation("photo", "emergency.drill.error.photos");
		}
		StoredFile file = files.storePhoto("photo", bytes, fileName, drill.schoolId(), drill.regionCode());
		store.photo(drillId, file.id(), caller.accountId());
		events.publishEvent(EntityChanged.created("drill_photo", drillId, drill.regionCode(), drill.schoolId(),
				Map.of("file", file.id().toString())));
		return file.id();
	}

	@Transactional(readOnly = true)
	public DrillView drill(long id) {
		CurrentUser caller = Callers.current().require(PlanManagement.EMERGENCY_READ);
		DrillRow drill = named(store.load(id, caller));
		String planTitle = drill.planId() == null ? "" : plans.load(drill.planId(), caller).title;
		Drills.Details details = store.details(id);
		return new DrillView(drill, planTitle, details.summary(), details.recordedBy(), details.recordedAt(),
				store.problems(id), store.photos(id), caller.can(PlanManagement.EMERGENCY_MANAGE));
	}

	/** The drill ledger of the scope between two days, narrowed to a region or school. */
	@Transactional(readOnly = true)
	public List<DrillRow> drills(String region, Long schoolId, LocalDate from, LocalDate to, boolean overtimeOnly) {
		CurrentUser caller = Callers.current().require(PlanManagement.EMERGENCY_READ);
		Map<Long, String> names = new HashMap<>();
		return store.inScope(caller.scope(), region, schoolId, from, to, overtimeOnly)
			.stream()
			.map(d -> withName(d,
					names.computeIfAbsent(d.schoolId(), s -> org.findSchool(s).map(SchoolSummary::name).orElse(""))))
			.toList();
	}

	DrillRow row(long id) {
		return named(store.load(id, Callers.current()));
	}

	EvacuationLimit limit(String regionCode) {
		return new EvacuationLimit(policy.effective(PolicySetting.DRILL_EVACUATION_MAX_STOREYS, regionCode).asInt(),
				policy.effective(PolicySetting.DRILL_EVACUATION_MAX_SECONDS, regionCode).asInt());
	}

	private DrillRow named(DrillRow d) {
		return withName(d, org.findSchool(d.schoolId()).map(SchoolSummary::name).orElse(""));
	}

	private static DrillRow withName(DrillRow d, String name) {
		return new DrillRow(d.id(), d.schoolId(), name, d.regionCode(), d.heldOn(), d.scenario(), d.planId(),
				d.classes(), d.headcount(), d.storeys(), d.evacuationSeconds(), d.limitSeconds(), d.overtime(),
				d.problems());
	}

	private static Map<String, Object> audit(String scenario, LocalDate day, Integer seconds, boolean overtime) {
		Map<String, Object> values = new HashMap<>();
		values.put("scenario", scenario);
		values.put("heldOn", day.toString());
		values.put("time", seconds == null ? "计划" : seconds / 60 + "分" + seconds % 60 + "秒");
		values.put("overtime", overtime ? "超时" : "未超时");
		return values;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
