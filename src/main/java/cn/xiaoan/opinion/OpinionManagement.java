package cn.xiaoan.opinion;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.xiaoan.opinion.OpinionTime.utc;

/**
 * The opinion module's API for cases: open one (within the caller's scope), record the
 * people involved, link departments, note what happened, close it, and link it to a
 * record of another module. Every call checks the caller's role and scope; every step
 * goes on the case's timeline and into the audit trail.
 */
@Service
@Transactional
public class OpinionManagement {

	private final OpinionCases store;

	private final OpinionAccess access;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	private final OpinionTime time;

	private final Words words;

	OpinionManagement(OpinionCases store, OpinionAccess access, OrgManagement org, ApplicationEventPublisher events,
			OpinionTime time, Words words) {
		this.store = store;
		this.access = access;
		this.org = org;
		this.events = events;
		this.time = time;
		this.words = words;
	}

	/** Opens a case of the caller's unit; answers its id. */
	public long open(OpenCase command) {
		CurrentUser caller = Callers.current().require(OpinionPermissions.MANAGE);
		Instant now = time.now();
		Instant occurred = command.occurredAt().atZone(ZoneId.systemDefault()).toInstant();
		if (occurred.isAfter(now.plus(Duration.ofMinutes(5)))) {
			throw new BusinessRuleViolation("occurredAt", "opinion.occurred.future");
		}
		DataScope scope = caller.scope();
		List<Long> ids = new ArrayList<>(command.schoolIds());
		if (scope.kind() == DataScope.Kind.SCHOOL && !ids.contains(scope.schoolId())) {
			ids.add(0, scope.schoolId());
		}
		if (scope.kind() == DataScope.Kind.ALL && ids.isEmpty()) {
			throw new BusinessRuleViolation("schoolIds", "opinion.case.schoolRequired");
		}
		// org.school answers only schools of the caller's scope
		Map<Long, SchoolSummary> schools = new LinkedHashMap<>();
		ids.forEach(id -> schools.put(id, org.school(id)));
		SchoolSummary own = scope.kind() == DataScope.Kind.REGION ? null
				: schools.get(scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : ids.get(0));
		String region = own != null ? own.regionCode() : RegionCode.fromPrefix(scope.regionPrefix()).value();
		String unitName = own != null ? own.name() : org.callerUnitName();
		CurrentUser approver = access.account(command.approver(), "approver");
		OpinionAccess.requireApprover(approver, region, own == null ? null : own.id(), schools.keySet());
		long id = store.jdbc()
			.sql("""
					insert into opinion.opinion_case (region_code, school_id, unit_name, title, description, location,
					       occurred_at, severity, source, approver_account_id, approver_name, opened_by, opened_by_name,
					       opened_at)
					values (:region, :school, :unit, :title, :description, :location, :occurred, :severity, :source,
					        :approver, :approverName, :by, :byName, :now) returning id""")
			.param("region", region)
			.param("school", own == null ? null : own.id())
			.param("unit", unitName)
			.param("title", command.title())
			.param("description", command.description())
			.param("location", command.location())
			.param("occurred", utc(occurred))
			.param("severity", command.severity().name())
			.param("source", command.source().name())
			.param("approver", approver.accountId())
			.param("approverName", approver.displayName())
			.param("by", caller.accountId())
			.param("byName", caller.displayName())
			.param("now", utc(now))
			.query(Long.class)
			.single();
		schools.values()
			.forEach(s -> store.jdbc()
				.sql("insert into opinion.case_school (case_id, school_id, region_code, school_name) values (:c, :s, :r, :n)")
				.param("c", id)
				.param("s", s.id())
				.param("r", s.regionCode())
				.param("n", s.name())
				.update());
		String severity = words.label(command.severity().messageKey());
		store.record(id, now, caller.displayName(), "opinion.timeline.opened", command.title(), severity,
				words.label(command.source().messageKey()));
		events.publishEvent(
				new OpinionCaseOpened(id, region, own == null ? null : own.id(), command.severity(), command.source()));
		events.publishEvent(EntityChanged.created("opinion_case", id, region, own == null ? null : own.id(),
				Map.of("title", command.title(), "severity", severity, "approver", approver.displayName())));
		return id;
	}

	/**
	 * Records a person involved; a full name only by the opener's unit, which alone will
	 * see it.
	 */
	public void addPerson(long caseId, AddPerson command) {
		OpinionCase c = open(caseId);
		CurrentUser caller = Callers.current();
		if (command.fullName() != null && !OpinionAccess.openerUnit(caller, c.regionCode, c.schoolId)) {
			throw new BusinessRuleViolation("fullName", "opinion.person.fullNameOpener");
		}
		store.jdbc()
			.sql("insert into opinion.person (case_id, label, minor, full_name) values (:c, :l, :m, :f)")
			.param("c", caseId)
			.param("l", command.label())
			.param("m", command.minor())
			.param("f", command.fullName())
			.update();
		step(c, "opinion.timeline.person", changed(c, Map.of("person", command.label())), command.label());
	}

	/** Links a department; answers its id (the same one when linked already). */
	public long linkDepartment(long caseId, LinkDepartment command) {
		OpinionCase c = open(caseId);
		long id = store.jdbc()
			.sql("""
					insert into opinion.department (case_id, kind, name) values (:c, :k, :n)
					on conflict (case_id, kind, name) do update set name = excluded.name returning id""")
			.param("c", caseId)
			.param("k", command.kind().name())
			.param("n", command.name())
			.query(Long.class)
			.single();
		String kind = words.label(command.kind().messageKey());
		step(c, "opinion.timeline.department", changed(c, Map.of("department", command.name(), "kind", kind)),
				command.name(), kind);
		return id;
	}

	/** A note on the timeline: a call, a meeting, a fact learnt. */
	public void note(long caseId, StepNote command) {
		if (command.note().isEmpty()) {
			throw new BusinessRuleViolation("note", "opinion.note.required");
		}
		OpinionCase c = open(caseId);
		step(c, "opinion.timeline.note", changed(c, Map.of("note", command.note())), command.note());
	}

	/** Closes the case once every task is done. */
	public void close(long caseId) {
		OpinionCase c = access.forTeam(caseId, OpinionPermissions.MANAGE, true);
		c.close(store.openTasks(caseId), time.now());
		store.save(c);
		step(c, "opinion.timeline.closed", changed(c, Map.of("state", words.label(CaseState.CLOSED.messageKey()))));
	}

	/**
	 * Links the case to an accident or a bullying case, for the module that owns it
	 * (which checks its own record); the caller must work on the case.
	 */
	public void linkRelated(long caseId, RelatedRecord record) {
		OpinionCase c = access.forTeam(caseId, OpinionPermissions.MANAGE, true);
		store.jdbc()
			.sql("update opinion.opinion_case set related_kind = :k, related_id = :r where id = :id")
			.param("k", record.kind().name())
			.param("r", record.id())
			.param("id", caseId)
			.update();
		String kind = words.label(record.kind().messageKey());
		step(c, "opinion.timeline.related", changed(c, Map.of("related", kind + " " + record.id())), kind,
				String.valueOf(record.id()));
	}

	private OpinionCase open(long caseId) {
		OpinionCase c = access.forTeam(caseId, OpinionPermissions.MANAGE, true);
		c.requireOpen();
		return c;
	}

	private static EntityChanged changed(OpinionCase c, Map<String, Object> after) {
		return EntityChanged.updated("opinion_case", c.id, c.regionCode, c.schoolId, Map.of(), after);
	}

	private void step(OpinionCase c, String key, EntityChanged change, String... args) {
		store.record(c.id, time.now(), Callers.current().displayName(), key, args);
		events.publishEvent(change);
	}

}
