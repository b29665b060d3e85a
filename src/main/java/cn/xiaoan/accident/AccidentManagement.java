package cn.xiaoan.accident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accident module's API: report an accident (事故快报), sign for it and send it on up the
 * chain (签收、转报), read it as the caller may. Every call checks the caller's role and
 * scope; every change is audited. Claims and handling are {@link AccidentHandling}'s.
 */
@Service
@Transactional
public class AccidentManagement {

	/** See the accidents of the scope (students anonymised outside their school). */
	public static final Permission ACCIDENT_READ = Permission.grantedTo("ACCIDENT_READ", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	/**
	 * Report an accident of one's school; a teacher who reports sees what they reported
	 * (ADR 0031).
	 */
	public static final Permission ACCIDENT_REPORT = Permission.grantedTo("ACCIDENT_REPORT", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER);

	/**
	 * Claims, responsibility, mediation, 校闹 and the closing report of the school's
	 * accidents.
	 */
	public static final Permission ACCIDENT_MANAGE = Permission.grantedTo("ACCIDENT_MANAGE", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER);

	/** Sign for and send on the reports that reach the bureau's level. */
	public static final Permission ACCIDENT_FORWARD = Permission.grantedTo("ACCIDENT_FORWARD", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	private final JdbcClient jdbc;

	private final Accidents store;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final VictimRecords victims;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccidentManagement(JdbcClient jdbc, Accidents store, OrgManagement org, PolicyManagement policy,
			VictimRecords victims, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.org = org;
		this.policy = policy;
		this.victims = victims;
		this.events = events;
		this.clock = clock;
	}

	/** Reports an accident of a school in the caller's scope, sent to its county now. */
	public AccidentSummary report(ReportAccident command) {
		return report(command, clock.instant());
	}

	AccidentSummary report(ReportAccident command, Instant now) {
		CurrentUser caller = Callers.current().require(ACCIDENT_REPORT);
		SchoolSummary school = org.school(command.schoolId());
		caller.requireSchool(school.id(), school.regionCode());
		ZoneId zone = clock.getZone();
		Instant occurred = command.occurredAt().atZone(zone).toInstant();
		Instant informed = command.guardiansInformedAt() == null ? null
				: command.guardiansInformedAt().atZone(zone).toInstant();
		if (occurred.isAfter(now)) {
			throw new BusinessRuleViolation("occurredAt", "accident.occurred.future");
		}
		if (informed != null && (informed.isBefore(occurred) || informed.isAfter(now))) {
			throw new BusinessRuleViolation("guardiansInformedAt", "accident.informed.range");
		}
		List<VictimRecords.Entry> hurt = victims.entries(command.victims(), school, command.occurredAt().getYear());
		long deaths = hurt.stream().filter(v -> v.injury() == Injury.DEATH).count();
		long serious = hurt.stream().filter(v -> v.injury() == Injury.SERIOUS).count();
		Severity least = Severity.atLeast(deaths, serious);
		if (command.severity().compareTo(least) < 0) {
			throw new BusinessRuleViolation("severity", "accident.severity.tooLow",
					new org.springframework.context.support.DefaultMessageSourceResolvable(least.messageKey()));
		}
		long id = jdbc
			.sql("""
					insert into accident.accident (school_id, region_code, school_type, occurred_at, place, kind, severity,
					       description, first_measures, guardians_informed_at, police_involved, medical_involved, reported_by,
					       reported_by_name, reported_at)
					values (:school, :region, :type, :occurred, :place, :kind, :severity, :description, :measures, :informed,
					        :police, :medical, :by, :byName, :now) returning id""")
			.param("school", school.id())
			.param("region", school.regionCode())
			.param("type", school.type().name())
			.param("occurred", Accidents.utc(occurred))
			.param("place", command.place())
			.param("kind", command.kind().name())
			.param("severity", command.severity().name())
			.param("description", command.description())
			.param("measures", command.firstMeasures())
			.param("informed", Accidents.utc(informed))
			.param("police", command.policeInvolved())
			.param("medical", command.medicalInvolved())
			.param("by", caller.accountId())
			.param("byName", caller.displayName())
			.param("now", Accidents.utc(now))
			.query(Long.class)
			.single();
		victims.insert(id, hurt);
		Instant due = occurred.plus(Duration.ofHours(reportHours(school.regionCode(), command.severity())));
		ReportChain chain = ReportChain.plan(school.regionCode(), command.severity(), due, now, caller.displayName());
		store.insertHops(id, chain.hops());
		events.publishEvent(new AccidentReported(id, school.id(), school.regionCode(), school.type().name(),
				command.kind(), command.severity(), occurred, hurt.size(), (int) deaths));
		late(id, school, chain.hops().get(0));
		events.publishEvent(EntityChanged.created("accident", id, school.regionCode(), school.id(),
				Map.of("kind", command.kind().name(), "severity", command.severity().name(), "place", command.place(),
						"hurt", hurt.size())));
		return summary(id, now);
	}

	/** 签收 by the caller's bureau. */
	public void receive(long id) {
		receive(id, clock.instant());
	}

	void receive(long id, Instant now) {
		chainStep(id, now, false);
	}

	/** 转报: the caller's bureau sends the report on to the level above. */
	public void forward(long id) {
		forward(id, clock.instant());
	}

	void forward(long id, Instant now) {
		chainStep(id, now, true);
	}

	private void chainStep(long id, Instant now, boolean forward) {
		CurrentUser caller = Callers.current().require(ACCIDENT_FORWARD);
		Accidents.Row row = store.load(id, caller, now, true);
		ReportLevel level = bureauLevel(caller);
		String region = caller.scope().homeRegion();
		String bureau = RegionCodes.full(region);
		ReportChain chain = store.chain(id);
		Hop hop = forward ? chain.forward(level, bureau, now, caller.displayName())
				: chain.receive(level, bureau, now, caller.displayName());
		chain.hops().forEach(h -> store.save(id, h));
		AccidentSummary a = row.summary();
		if (forward) {
			late(id, org.school(a.schoolId()), hop);
		}
		events.publishEvent(EntityChanged.updated("accident", id, a.regionCode(), a.schoolId(), Map.of(),
				Map.of(forward ? "forwardedTo" : "receivedBy", forward ? hop.to().name() : level.name())));
	}

	/**
	 * The level of the caller's bureau in the chain; a township or the platform is none.
	 */
	static ReportLevel bureauLevel(CurrentUser caller) {
		String region = caller.scope().homeRegion();
		ReportLevel level = caller.role().kind() == Role.Kind.BUREAU && !region.isEmpty()
				? ReportLevel.ofBureau(RegionCodes.full(region)) : null;
		if (level == null) {
			throw new AccessDenied("only a county, city or provincial bureau receives accident reports");
		}
		return level;
	}

	private void late(long id, SchoolSummary school, Hop hop) {
		if (hop.lateMinutes() != null) {
			events.publishEvent(new AccidentReportLate(id, school.id(), school.regionCode(), hop.from(),
					hop.fromRegion(), hop.lateMinutes()));
		}
	}

	/**
	 * The opinion module links the case that handles an accident's 校闹 (ADR 0031).
	 */
	public void linkOpinionCase(long id, OpinionCaseRef ref) {
		CurrentUser caller = Callers.current();
		if (!caller.can(ACCIDENT_MANAGE) && !caller.can(ACCIDENT_FORWARD)) {
			throw new AccessDenied("missing permission " + ACCIDENT_MANAGE);
		}
		AccidentSummary a = store.load(id, caller, clock.instant(), true).summary();
		jdbc.sql("update accident.accident set opinion_case_id = :c, disruption = true where id = :id")
			.param("c", ref.caseId())
			.param("id", id)
			.update();
		events.publishEvent(EntityChanged.updated("accident", id, a.regionCode(), a.schoolId(), Map.of(),
				Map.of("opinionCase", ref.caseId())));
	}

	/** The accident as a list shows it, if the caller may read it. */
	@Transactional(readOnly = true)
	public AccidentSummary summary(long id) {
		return summary(id, clock.instant());
	}

	AccidentSummary summary(long id, Instant now) {
		return readable(id, now).summary();
	}

	/**
	 * The accident, if the caller's scope reaches its school and the caller may read the
	 * school's accidents or reported this one.
	 */
	Accidents.Row readable(long id, Instant now) {
		CurrentUser caller = Callers.current();
		Accidents.Row row = store.load(id, caller, now, false);
		if (!caller.can(ACCIDENT_READ) && !(caller.can(ACCIDENT_REPORT) && row.reportedBy() == caller.accountId())) {
			throw new NotFound("accident", id);
		}
		return row;
	}

	/**
	 * The ids of the accident's people hurt, in the order reported (caller may read it).
	 */
	List<Long> victimIds(long id) {
		readable(id, clock.instant());
		return jdbc.sql("select id from accident.victim where accident_id = :id order by id")
			.param("id", id)
			.query(Long.class)
			.list();
	}

	/**
	 * Hours to report, counted from the occurrence: the shorter for serious accidents.
	 */
	int reportHours(String region, Severity severity) {
		return policy.effective(severity.serious() ? PolicySetting.ACCIDENT_REPORT_SERIOUS_HOURS
				: PolicySetting.ACCIDENT_REPORT_GENERAL_HOURS, region)
			.asInt();
	}

	/** The steps open to the caller on the accident's chain. */
	List<String> chainSteps(ReportChain chain, CurrentUser caller) {
		if (!caller.can(ACCIDENT_FORWARD) || caller.role().kind() != Role.Kind.BUREAU) {
			return new ArrayList<>();
		}
		String region = caller.scope().homeRegion();
		ReportLevel level = region.isEmpty() ? null : ReportLevel.ofBureau(RegionCodes.full(region));
		return level == null ? new ArrayList<>() : new ArrayList<>(chain.openSteps(level, RegionCodes.full(region)));
	}

}
