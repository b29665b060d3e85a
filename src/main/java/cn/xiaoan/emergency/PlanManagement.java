package cn.xiaoan.emergency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.people.StaffView;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergency plans' API (应急预案): a school starts a plan of its set from the platform's
 * template, saves new versions (each kept), and files the current one to its bureau (报备),
 * which accepts it or returns it with comments. Every call checks the caller's permission
 * and that the scope reaches the plan's school.
 */
@Service
@Transactional
public class PlanManagement {

	/** See the plans and drills of the scope. */
	public static final Permission EMERGENCY_READ = Permission.grantedTo("EMERGENCY_READ", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER,
			Role.GUARD);

	/** Write a school's plans, file them, record its drills. */
	public static final Permission EMERGENCY_MANAGE = Permission.grantedTo("EMERGENCY_MANAGE", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER);

	/** Accept or return filed plans, remind schools without a drill. */
	public static final Permission EMERGENCY_SUPERVISE = Permission.grantedTo("EMERGENCY_SUPERVISE", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	static final Set<Role> SCHOOL_LEADERS = Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	private final Plans store;

	private final PlanQueries queries;

	private final OrgManagement org;

	private final PeopleManagement people;

	private final PolicyManagement policy;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanManagement(Plans store, PlanQueries queries, OrgManagement org, PeopleManagement people,
			PolicyManagement policy, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.queries = queries;
		this.org = org;
		this.people = people;
		this.policy = policy;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/** Starts a plan of the school's set from the platform's template (version 1). */
	public PlanRow start(long schoolId, PlanKind kind) {
		CurrentUser caller = Callers.current().require(EMERGENCY_MANAGE);
		SchoolSummary school = org.school(schoolId);
		if (kind == null) {
			throw new BusinessRuleViolation("kind", "emergency.plan.error.kind");
		}
		if (store.exists(schoolId, kind)) {
			throw new BusinessRuleViolation("kind", "emergency.plan.error.exists");
		}
		PlanTemplate template = PlanTemplate.of(kind);
		long id = store.create(schoolId, school.regionCode(), kind, template.title(), today());
		store.writeVersion(id, 1, template.procedures(), "", template.members(), template.contacts(), List.of(), caller,
				now());
		events.publishEvent(EntityChanged.created("emergency_plan", id, school.regionCode(), schoolId,
				Map.of("title", template.title(), "version", 1)));
		return queries.row(id);
	}

	/** Saves a new version; the earlier ones stay as they were. */
	public PlanRow save(long id, SavePlan command) {
		CurrentUser caller = Callers.current().require(EMERGENCY_MANAGE);
		Plan plan = store.load(id, caller);
		List<PlanMember> members = named(plan.schoolId, command.members());
		List<PlanContact> contacts = command.contacts();
		List<EvacuationRoute> routes = command.routes();
		String before = plan.title;
		plan.saveVersion(command.title(), today());
		store.save(plan);
		store.writeVersion(id, plan.currentVersion, command.procedures(), command.note(), members, contacts, routes,
				caller, now());
		events.publishEvent(EntityChanged.updated("emergency_plan", id, plan.regionCode, plan.schoolId,
				Map.of("title", before), Map.of("title", plan.title, "version", plan.currentVersion)));
		return queries.row(id);
	}

	/** 报备: files the current version to the bureau, whose safety officers are told. */
	public PlanRow file(long id) {
		CurrentUser caller = Callers.current().require(EMERGENCY_MANAGE);
		Plan plan = store.load(id, caller);
		plan.file();
		store.save(plan);
		store.filed(id, now());
		store.event(id, "FILED", plan.currentVersion, "", caller.displayName(), now());
		events.publishEvent(new PlanFiled(id, plan.schoolId, plan.regionCode, plan.kind, plan.currentVersion));
		events.publishEvent(EntityChanged.updated("emergency_plan", id, plan.regionCode, plan.schoolId, Map.of(),
				Map.of("filed", "第" + plan.currentVersion + "版")));
		notifications.toBureau(RegionCode.of(plan.regionCode.substring(0, 6)),
				Set.of(Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER), "emergency.notify.filed",
				"/emergency-plans/" + id, schoolName(plan.schoolId), plan.title);
		return queries.row(id);
	}

	public PlanRow accept(long id) {
		CurrentUser caller = Callers.current().require(EMERGENCY_SUPERVISE);
		Plan plan = store.load(id, caller);
		plan.accept();
		store.save(plan);
		store.decided(id, caller.displayName(), now(), "");
		store.event(id, "ACCEPTED", plan.currentVersion, "", caller.displayName(), now());
		events.publishEvent(new PlanAccepted(id, plan.schoolId, plan.regionCode, plan.kind, plan.currentVersion));
		events.publishEvent(EntityChanged.updated("emergency_plan", id, plan.regionCode, plan.schoolId, Map.of(),
				Map.of("decision", "通过")));
		notifications.toSchool(plan.schoolId, SCHOOL_LEADERS, "emergency.notify.accepted", "/emergency-plans/" + id,
				plan.title);
		return queries.row(id);
	}

	/** 退回: the bureau returns the filed plan with what to revise. */
	public PlanRow returnWith(long id, String comment) {
		CurrentUser caller = Callers.current().require(EMERGENCY_SUPERVISE);
		Plan plan = store.load(id, caller);
		String text = comment == null ? "" : comment.trim();
		if (text.length() > 1000) {
			throw new BusinessRuleViolation("comment", "emergency.plan.error.comment");
		}
		plan.returnWith(text);
		store.save(plan);
		store.decided(id, caller.displayName(), now(), text);
		store.event(id, "RETURNED", plan.currentVersion, text, caller.displayName(), now());
		events.publishEvent(new PlanReturned(id, plan.schoolId, plan.regionCode, plan.kind, plan.currentVersion));
		events.publishEvent(EntityChanged.updated("emergency_plan", id, plan.regionCode, plan.schoolId, Map.of(),
				Map.of("decision", "退回", "comment", text)));
		notifications.toSchool(plan.schoolId, SCHOOL_LEADERS, "emergency.notify.returned", "/emergency-plans/" + id,
				plan.title);
		return queries.row(id);
	}

	/** A plan with the given version (the current one when null). */
	@Transactional(readOnly = true)
	public PlanView plan(long id, Integer version) {
		CurrentUser caller = Callers.current().require(EMERGENCY_READ);
		Plan plan = store.load(id, caller);
		int shown = version == null ? plan.currentVersion : version;
		String procedures = store.procedures(id, shown);
		boolean supervise = caller.can(EMERGENCY_SUPERVISE) && caller.role().kind() != Role.Kind.SCHOOL;
		List<String> steps = plan.allowedSteps(caller.can(EMERGENCY_MANAGE), supervise)
			.stream()
			.map(Enum::name)
			.toList();
		return new PlanView(queries.row(id), schoolName(plan.schoolId), shown, procedures, store.members(id, shown),
				store.contacts(id, shown), store.routes(id, shown), store.versions(id), store.history(id), steps);
	}

	/** The plan set of a school in scope, in the order of {@link PlanKind}. */
	@Transactional(readOnly = true)
	public List<PlanRow> planSet(long schoolId) {
		Callers.current().require(EMERGENCY_READ);
		org.school(schoolId);
		return queries.ofSchool(schoolId);
	}

	/** Each school's plan set in the caller's scope (the bureau's page). */
	@Transactional(readOnly = true)
	public List<SchoolPlanSet> planSets() {
		Callers.current().require(EMERGENCY_READ);
		return queries.planSets(org.schoolsInScope(cn.xiaoan.org.SchoolQuery.all()), org.regionNames());
	}

	/** Every plan of the scope, for the plan ledger's workbook. */
	@Transactional(readOnly = true)
	public List<PlanRow> ledger() {
		CurrentUser caller = Callers.current().require(EMERGENCY_READ);
		return queries.inScope(caller.scope());
	}

	/**
	 * The school's staff, to name the organisation's roles (the people module's list).
	 */
	@Transactional(readOnly = true)
	public List<StaffView> staff(long schoolId) {
		Callers.current().require(EMERGENCY_MANAGE);
		return people.staff(schoolId, null);
	}

	/**
	 * The staff named by id must work at the plan's school; their names are kept with the
	 * version.
	 */
	private List<PlanMember> named(long schoolId, List<PlanMember> members) {
		if (members.stream().allMatch(m -> m.staffId() == null)) {
			return members;
		}
		Map<Long, String> names = people.staff(schoolId, null)
			.stream()
			.collect(Collectors.toMap(StaffView::id, StaffView::name, (a, b) -> a));
		return members.stream().map(m -> {
			if (m.staffId() == null) {
				return m;
			}
			String name = names.get(m.staffId());
			if (name == null) {
				throw new BusinessRuleViolation("staffId", "emergency.plan.error.staff");
			}
			return new PlanMember(m.roleName(), m.staffId(), name, m.duties());
		}).toList();
	}

	String schoolName(long schoolId) {
		return org.findSchool(schoolId).map(SchoolSummary::name).orElse("");
	}

	int reviewDays(String regionCode) {
		return policy.effective(PolicySetting.EMERGENCY_PLAN_REVIEW_DAYS, regionCode).asInt();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
