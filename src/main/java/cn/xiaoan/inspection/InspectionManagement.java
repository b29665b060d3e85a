package cn.xiaoan.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ClientSubmission;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;
import cn.xiaoan.shared.SafetyCategory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection module's API: the checklist library, plans, spot checks and the tasks
 * they generate. Every method checks the caller's permission and scope; an id outside the
 * scope is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class InspectionManagement {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final Checklists checklists;

	private final TaskGenerator generator;

	private final InspectionTasks tasks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PlanRecords plans;

	InspectionManagement(JdbcClient jdbc, OrgManagement org, Checklists checklists, TaskGenerator generator,
			InspectionTasks tasks, ApplicationEventPublisher events, Clock clock, PlanRecords plans) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.org = org;
		this.checklists = checklists;
		this.generator = generator;
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The library items the caller's school or region sees, optionally of one category.
	 */
	public List<ChecklistItem> library(SafetyCategory category) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		return checklists.visible(region(caller), caller.scope().kind() != DataScope.Kind.SCHOOL, category);
	}

	/** A bureau administrator adds an item for the schools of the bureau's region. */
	@Transactional
	public ChecklistItem addItem(NewChecklistItem command) {
		CurrentUser caller = Callers.current();
		if (caller.role() != Role.BUREAU_ADMIN && caller.role() != Role.SYSTEM_ADMIN) {
			throw new AccessDenied("only bureau administrators extend the library");
		}
		Map<String, String> errors = command.problems();
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		ChecklistItem item = checklists.add(command, caller.scope().sqlRegionPrefix(), caller.displayName());
		events.publishEvent(EntityChanged.created("checklist_item", item.id(), item.regionCode(), null,
				Map.of("category", command.category().name(), "text", command.text())));
		return item;
	}

	/**
	 * Plans of the caller's school (its own and its bureaus') or of the bureau's region.
	 */
	public List<PlanView> plans() {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		return jdbc
			.sql(InspectionRows.PLAN + "where " + InspectionRows.planScope(caller.scope())
					+ " order by p.id desc limit 200")
			.params(InspectionRows.scopeParams(caller.scope()))
			.query(InspectionRows::plan)
			.list();
	}

	public PlanView plan(long id) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		return jdbc.sql(InspectionRows.PLAN + "where p.id = :id and " + InspectionRows.planScope(caller.scope()))
			.params(InspectionRows.scopeParams(caller.scope()))
			.param("id", id)
			.query(InspectionRows::plan)
			.optional()
			.orElseThrow(() -> new NotFound("inspection plan", id));
	}

	/** The items of a plan's checklist. */
	public List<ChecklistItem> planItems(long id) {
		plan(id);
		return jdbc.sql(InspectionRows.ITEM + """
				join inspection.plan_item pi on pi.item_id = i.id where pi.plan_id = :id order by pi.position""")
			.param("id", id)
			.query(InspectionRows::item)
			.list();
	}

	/**
	 * Creates a plan and the task of the current period for each of its schools: a
	 * school's own plan (HAZARD_MANAGE) or a bureau's plan for schools in its scope
	 * (HAZARD_SUPERVISE).
	 */
	@Transactional
	public PlanView createPlan(NewPlan command) {
		CurrentUser caller = Callers.current();
		boolean school = caller.scope().kind() == DataScope.Kind.SCHOOL;
		caller.require(school ? Permission.HAZARD_MANAGE : Permission.HAZARD_SUPERVISE);
		if (!school && caller.role().kind() != Role.Kind.BUREAU && caller.role() != Role.SYSTEM_ADMIN) {
			throw new AccessDenied("plans are made by schools and bureaus");
		}
		List<SchoolSummary> schools = targets(caller, command.schoolIds());
		Map<String, String> errors = new LinkedHashMap<>();
		if (command.name().isEmpty() || command.name().length() > 100) {
			errors.put("name", "inspection.error.name");
		}
		if (command.cadence() == null) {
			errors.put("cadence", "inspection.error.cadence");
		}
		Role role = command.inspectorRole();
		if (!command.inspectorIsMe()
				&& (role == null || role.kind() != Role.Kind.SCHOOL || !role.can(Permission.HAZARD_REPORT))) {
			errors.put("inspectorRole", "inspection.error.inspector");
		}
		List<ChecklistItem> items = checklists.choose(region(caller), !school, command.categories(), command.itemIds(),
				errors);
		String planRegion = school ? schools.get(0).regionCode() : caller.scope().sqlRegionPrefix();
		long id = plans.insert(caller, command.name(), command.cadence(), school ? schools.get(0).id() : null,
				planRegion, false, command.inspectorIsMe() ? null : role, command.inspectorIsMe());
		plans.link(id, items, schools);
		LocalDate today = LocalDate.now(clock);
		var periods = generator.periods(command.cadence(), today);
		schools.forEach(s -> generator.insert(id, s.id(), s.regionCode(), periods.apply(s.regionCode())));
		events.publishEvent(EntityChanged.created("inspection_plan", id, planRegion,
				school ? schools.get(0).id() : null, Map.of("name", command.name(), "cadence", command.cadence().name(),
						"items", items.size(), "schools", schools.size())));
		return plan(id);
	}

	/**
	 * 网上巡查: a bureau official opens a one-off check of a school in scope, inspected by
	 * the official; failed items become SPOT_CHECK hazards.
	 */
	@Transactional
	public TaskView spotCheck(SpotCheck command) {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_SUPERVISE);
		if (caller.role().kind() != Role.Kind.BUREAU && caller.role() != Role.SYSTEM_ADMIN) {
			throw new AccessDenied("spot checks are made by bureaus");
		}
		if (command.schoolId() == null) {
			throw new BusinessRuleViolation("schoolId", "inspection.error.school");
		}
		SchoolSummary school = org.school(command.schoolId());
		List<ChecklistItem> items = checklists.choose(school.regionCode(), false, command.categories(),
				command.itemIds(), new LinkedHashMap<>());
		long id = plans.insert(caller, "网上巡查 · " + school.name(), Cadence.ONE_OFF, null,
				caller.scope().sqlRegionPrefix(), true, null, true);
		plans.link(id, items, List.of(school));
		long task = generator
			.insert(id, school.id(), school.regionCode(),
					generator.periods(Cadence.ONE_OFF, LocalDate.now(clock)).apply(school.regionCode()))
			.orElseThrow();
		events.publishEvent(EntityChanged.created("inspection_plan", id, school.regionCode(), school.id(),
				Map.of("spotCheck", true, "items", items.size())));
		return tasks.task(task).task();
	}

	/** Open tasks assigned to the caller's account or role, the earliest due first. */
	public List<TaskView> myTasks() {
		return tasks.mine();
	}

	/** Tasks of the caller's school or region, the latest period first. */
	public List<TaskView> tasks(boolean onlyOpen) {
		return tasks.inScope(onlyOpen);
	}

	/** A task in the caller's scope with its items. */
	public TaskDetail task(long id) {
		return tasks.task(id);
	}

	/**
	 * Records and signs the results of a task, all or nothing; each failed item opens a
	 * hazard in the same transaction. A submitted task is never submitted again.
	 */
	@Transactional
	public TaskDetail submit(long id, SubmitInspection submission) {
		return tasks.submit(id, submission);
	}

	/**
	 * Signs a task sent from a phone that may have kept it offline for hours (ADR 0043):
	 * once per client id. A resend of the id that signed this task answers the signed
	 * task (not an "already submitted" refusal), so a lost answer never leaves the phone
	 * stuck; another person's id is not found; an id that signed another task is refused.
	 */
	@Transactional
	public Received submitOnce(long id, java.util.UUID clientId, SubmitInspection submission) {
		CurrentUser caller = Callers.current();
		tasks.task(id);
		ClientSubmission stored = ClientSubmission.once(clientId,
				() -> tasks.clientIdStored(clientId) ? java.util.Optional.empty()
						: java.util.Optional.of(tasks.submit(id, submission, clientId).task().id()),
				c -> tasks.signedWith(c, caller.accountId()));
		if (stored.id() != id) {
			throw new BusinessRuleViolation("clientId", "inspection.error.clientId");
		}
		return new Received(tasks.task(id), stored.created());
	}

	/** The signed task and whether this call signed it. */
	public record Received(TaskDetail task, boolean created) {
	}

	/** For bureaus: per school in scope, tasks submitted, open and overdue. */
	public List<SchoolProgress> overview() {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_SUPERVISE);
		return tasks.overview(org.schoolsInScope(SchoolQuery.all()), caller);
	}

	/**
	 * For a home page: the inspections of the caller's scope due this month, and how many
	 * are submitted.
	 */
	public InspectionCompletion completionThisMonth() {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		java.time.YearMonth month = java.time.YearMonth.now(clock);
		return jdbc
			.sql("select count(*), count(*) filter (where t.status = 'SUBMITTED') from inspection.task t where "
					+ InspectionTasks.taskScope(caller.scope()) + " and t.due_date between :first and :last")
			.params(InspectionRows.scopeParams(caller.scope()))
			.param("first", month.atDay(1))
			.param("last", month.atEndOfMonth())
			.query((rs, n) -> new InspectionCompletion(month, rs.getInt(1), rs.getInt(2)))
			.single();
	}

	private List<SchoolSummary> targets(CurrentUser caller, List<Long> schoolIds) {
		if (caller.scope().kind() == DataScope.Kind.SCHOOL) {
			SchoolSummary own = org.school(caller.scope().schoolId());
			for (Long id : schoolIds) {
				if (id != own.id()) {
					throw new NotFound("school", id);
				}
			}
			return List.of(own);
		}
		List<SchoolSummary> schools = new ArrayList<>();
		if (schoolIds.isEmpty()) {
			schools.addAll(org.schoolsInScope(SchoolQuery.all()));
		}
		schoolIds.stream().distinct().forEach(id -> schools.add(org.school(id)));
		if (schools.isEmpty()) {
			throw new BusinessRuleViolation("schoolIds", "inspection.error.school");
		}
		return schools;
	}

	/**
	 * The region the caller's library is seen from: its school's region or its prefix.
	 */
	private String region(CurrentUser caller) {
		DataScope scope = caller.scope();
		return scope.kind() == DataScope.Kind.SCHOOL ? org.school(scope.schoolId()).regionCode()
				: scope.sqlRegionPrefix();
	}

}
