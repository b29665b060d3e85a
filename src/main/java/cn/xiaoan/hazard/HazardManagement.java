package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazard module's API for one hazard: report (排查), register (登记), grade (评估定级), the
 * 五落实 plan, rectification (整改), verification (验收) by another person, closing (销号) and
 * on-the-spot fixes. Every call checks the caller's scope through the hazard's school and
 * records the transition.
 */
@Service
@Transactional
public class HazardManagement {

	private final JdbcClient jdbc;

	private final Hazards store;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DeadlineBounds bounds;

	private final HazardReads reads;

	HazardManagement(JdbcClient jdbc, Hazards store, OrgManagement org, PolicyManagement policy,
			ApplicationEventPublisher events, Clock clock, DeadlineBounds bounds, HazardReads reads) {
		this.bounds = bounds;
		this.reads = reads;
		this.jdbc = jdbc;
		this.store = store;
		this.org = org;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** 排查: reports a hazard of a school in the caller's scope. */
	public HazardSummary report(ReportHazard command) {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_REPORT);
		SchoolSummary school = org.school(command.schoolId());
		boolean bureau = caller.role().kind() == Role.Kind.BUREAU;
		HazardSource source = command.source() != null ? command.source()
				: bureau ? HazardSource.SPOT_CHECK : HazardSource.AD_HOC;
		if (source == HazardSource.SPOT_CHECK && !bureau && caller.role() != Role.SYSTEM_ADMIN) {
			throw new AccessDenied("spot checks are made by bureaus");
		}
		// A deadline from the start, by the grade the reporter suggests: a hazard left
		// ungraded still becomes overdue and escalates. Grading sets it anew.
		LocalDate deadline = today().plusDays(defaultDays(school.regionCode(), command.suggestedGrade()));
		long id = jdbc
			.sql("""
					insert into hazard.hazard (school_id, region_code, title, description, location, category, source,
					       inspection_task_id, checklist_item_id, suggested_grade, status, found_by, found_by_name, found_at,
					       deadline)
					values (:school, :region, :title, :description, :location, :category, :source, :task, :item,
					        :suggested, 'REPORTED', :by, :byName, :at, :deadline) returning id""")
			.param("school", school.id())
			.param("region", school.regionCode())
			.param("title", command.title())
			.param("description", command.description())
			.param("location", command.location())
			.param("category", command.category().name())
			.param("source", source.name())
			.param("task", command.inspectionTaskId())
			.param("item", command.checklistItemId())
			.param("suggested", command.suggestedGrade() == null ? null : command.suggestedGrade().name())
			.param("by", caller.accountId())
			.param("byName", caller.displayName())
			.param("at", now())
			.param("deadline", deadline)
			.query(Long.class)
			.single();
		store.record(id, null, HazardStatus.REPORTED, caller, Hazards.Note.of(command.title()));
		events.publishEvent(new HazardReported(id, HazardSummary.number(id), school.id(), school.regionCode(),
				command.category(), source, command.suggestedGrade()));
		events.publishEvent(store.state(id));
		events.publishEvent(EntityChanged.created("hazard", id, school.regionCode(), school.id(),
				Map.of("title", command.title(), "category", command.category().name(), "source", source.name())));
		return summary(id);
	}

	public void register(long id) {
		change(id, Permission.HAZARD_MANAGE, "", Hazard::register);
	}

	/** 评估定级; without a deadline the policy's default for the grade applies. */
	public void grade(long id, HazardGrade grade, LocalDate deadline) {
		Hazards.Note note = grade == null ? Hazards.Note.of("") : Hazards.Note.keyed(grade.messageKey());
		change(id, Permission.HAZARD_MANAGE, note, hazard -> {
			if (deadline != null) {
				bounds.check(id, hazard.regionCode, grade, deadline);
			}
			LocalDate due = deadline != null ? deadline : today().plusDays(defaultDays(hazard.regionCode, grade));
			hazard.grade(grade, due, today());
		});
	}

	public void startRectification(long id) {
		boolean hasPlan = jdbc.sql("select exists (select 1 from hazard.plan where hazard_id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
		change(id, Permission.HAZARD_MANAGE, "", hazard -> hazard.startRectification(hasPlan));
	}

	/**
	 * The work is reported done: for a supervised hazard this is the request for
	 * acceptance, due within the set days of it when that comes before the deadline.
	 */
	public void completeRectification(long id, String note) {
		long by = Callers.current().accountId();
		change(id, Permission.HAZARD_MANAGE, note, hazard -> {
			hazard.completeRectification(by);
			store.bringAcceptanceForward(id, today().plusDays(acceptanceDays(hazard.regionCode)));
		});
		HazardSupervision.Listing listing = store.listing(id);
		if (listing != null) {
			HazardSummary hazard = summary(id);
			events.publishEvent(new SupervisedHazardRectified(id, hazard.number(), hazard.schoolId(), hazard.title(),
					listing.noticeNo(), listing.bureauRegion()));
		}
	}

	/**
	 * 验收: schools verify their own hazards; a supervised one (挂牌督办) is accepted on site
	 * by its supervising bureau alone, which records the acceptance, before the school
	 * may close it. Any other bureau neither accepts nor rejects (issue 9).
	 */
	public void verify(long id, boolean accepted, String note) {
		CurrentUser caller = Callers.current();
		HazardSupervision.Listing listing = store.listing(id);
		boolean bureau = listing != null && listing.supervisedBy(caller);
		Permission needed = bureau ? Permission.HAZARD_SUPERVISE : Permission.HAZARD_MANAGE;
		boolean awaitingBureau = listing != null && listing.acceptedAt() == null && !bureau;
		if (bureau && accepted) {
			// before the step, so the state it tells carries the acceptance (a refused
			// step rolls it back)
			store.accepted(id);
		}
		change(id, needed,
				Hazards.Note.keyed(accepted ? "hazard.history.accepted" : "hazard.history.rejected",
						note == null ? "" : note.trim()),
				hazard -> hazard.verify(caller.accountId(), accepted, awaitingBureau));
	}

	public void close(long id) {
		HazardSupervision.Listing listing = store.listing(id);
		boolean awaitingBureau = listing != null && listing.acceptedAt() == null;
		change(id, Permission.HAZARD_MANAGE, "", hazard -> hazard.close(clock.instant(), awaitingBureau));
	}

	public void fixOnTheSpot(long id, String note) {
		long by = Callers.current().accountId();
		change(id, Permission.HAZARD_MANAGE, note, hazard -> hazard.fixOnTheSpot(by, clock.instant()));
	}

	@Transactional(readOnly = true)
	public HazardSummary summary(long id) {
		return reads.summary(id);
	}

	/**
	 * The hazards with these ids that are in the caller's scope, by id (one query however
	 * many; an id outside the scope is left out, as {@link #summary} answers 404 for it).
	 */
	@Transactional(readOnly = true)
	public Map<Long, HazardSummary> summaries(Collection<Long> ids) {
		return reads.summaries(ids);
	}

	/**
	 * The headline figures of the caller's whole scope, as the landing page shows them.
	 */
	@Transactional(readOnly = true)
	public HazardFigures figures() {
		return reads.figures();
	}

	/**
	 * The home page's headline of the caller's scope: open hazards by grade, overdue and
	 * under supervision, each equal to the ledger's count for its filter — for a bureau
	 * with the hazards the installations below keep, as the ledger lists them (ADR 0072).
	 */
	@Transactional(readOnly = true)
	public HazardHeadline headline() {
		return reads.headline();
	}

	/**
	 * Open hazards of the caller's scope at the end of today and of each earlier week,
	 * with those the installations below keep (ADR 0075; this platform's kept a minute).
	 */
	@Transactional(readOnly = true)
	public List<OpenHazardsWeek> openByWeek(int weeks) {
		return reads.openByWeek(weeks);
	}

	/**
	 * The schools of the caller's scope with the most overdue hazards, most first, those
	 * of the installations below among them (named, with their installation).
	 */
	@Transactional(readOnly = true)
	public List<SchoolOverdue> mostOverdueSchools(int limit) {
		return reads.mostOverdueSchools(limit);
	}

	private void change(long id, Permission permission, String note, Consumer<Hazard> transition) {
		change(id, permission, Hazards.Note.of(note), transition);
	}

	private void change(long id, Permission permission, Hazards.Note note, Consumer<Hazard> transition) {
		CurrentUser caller = Callers.current().require(permission);
		Hazard hazard = store.load(id, caller);
		HazardStatus before = hazard.status;
		transition.accept(hazard);
		store.save(hazard, before, caller, note);
		events.publishEvent(store.state(id));
		events.publishEvent(EntityChanged.updated("hazard", id, hazard.regionCode, hazard.schoolId,
				Map.of("status", before.name()), Map.of("status", hazard.status.name(), "note",
						note.text().isEmpty() ? String.join(" ", note.args()).trim() : note.text())));
	}

	private int defaultDays(String regionCode, HazardGrade grade) {
		PolicySetting setting = grade == HazardGrade.MAJOR ? PolicySetting.HAZARD_MAJOR_DEADLINE_DAYS
				: PolicySetting.HAZARD_GENERAL_DEADLINE_DAYS;
		return policy.effective(setting, regionCode).asInt();
	}

	private int acceptanceDays(String regionCode) {
		return policy.effective(PolicySetting.HAZARD_ACCEPTANCE_WITHIN_DAYS, regionCode).asInt();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
