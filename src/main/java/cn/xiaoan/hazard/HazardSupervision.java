package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 挂牌督办: a bureau lists a major hazard of a school in its scope for supervision and issues
 * a 限期整改通知; it accepts the rectification on site within the set days after the deadline,
 * and records a 约谈 of the responsible leaders when that runs over.
 */
@Service
@Transactional
class HazardSupervision {

	/** A supervision as shown with its hazard. */
	record Listing(String bureauLevel, String bureauRegion, String noticeNo, LocalDate deadline,
			LocalDate acceptanceDue, String listedByName, OffsetDateTime listedAt, OffsetDateTime acceptedAt,
			OffsetDateTime summonedAt, String summonNote) {

		public boolean overdue(LocalDate today) {
			return acceptedAt == null && acceptanceDue.isBefore(today);
		}

		/**
		 * Does the caller speak for the supervising bureau? Only its own officers do: not
		 * the school, not a bureau below it, nor one above it (issue 9: a city accepted a
		 * hazard its county supervises).
		 */
		boolean supervisedBy(CurrentUser caller) {
			return caller.can(Permission.HAZARD_SUPERVISE) && caller.scope().kind() == DataScope.Kind.REGION
					&& RegionCode.of(bureauRegion).prefix().equals(caller.scope().regionPrefix());
		}

		/**
		 * The day acceptance is due: the set days after the earliest of the dates that
		 * apply (the hazard's deadline, the supervision's, the school's request).
		 */
		static LocalDate due(int days, LocalDate... dates) {
			return java.util.Arrays.stream(dates)
				.filter(java.util.Objects::nonNull)
				.min(LocalDate::compareTo)
				.orElseThrow()
				.plusDays(days);
		}

	}

	private final JdbcClient jdbc;

	private final Hazards store;

	private final HazardManagement hazards;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DeadlineBounds bounds;

	HazardSupervision(JdbcClient jdbc, Hazards store, HazardManagement hazards, PolicyManagement policy,
			ApplicationEventPublisher events, Clock clock, DeadlineBounds bounds) {
		this.bounds = bounds;
		this.jdbc = jdbc;
		this.store = store;
		this.hazards = hazards;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Lists an open major hazard for supervision by the caller's bureau with a
	 * rectification deadline.
	 */
	public Listing supervise(long hazardId, LocalDate deadline) {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_SUPERVISE);
		HazardSummary hazard = hazards.summary(hazardId);
		if (hazard.grade() != HazardGrade.MAJOR || !hazard.status().open()) {
			throw new BusinessRuleViolation("grade", "hazard.supervise.major");
		}
		bounds.check(hazardId, hazard.regionCode(), HazardGrade.MAJOR, deadline);
		if (store.listing(hazardId) != null) {
			throw new BusinessRuleViolation("hazardId", "hazard.supervise.already");
		}
		RegionCode bureau = bureauOf(caller);
		int acceptanceDays = policy.effective(PolicySetting.HAZARD_ACCEPTANCE_WITHIN_DAYS, hazard.regionCode()).asInt();
		String notice = "督办〔" + LocalDate.now(clock).getYear() + "〕" + hazard.number();
		jdbc.sql(
				"""
						insert into hazard.supervision (hazard_id, bureau_level, bureau_region, notice_no, deadline, acceptance_due,
						                                listed_by, listed_by_name, listed_at)
						values (:id, :level, :region, :notice, :deadline, :due, :by, :name, :at)""")
			.param("id", hazardId)
			.param("level", bureau.level().name())
			.param("region", bureau.value())
			.param("notice", notice)
			.param("deadline", deadline)
			.param("due",
					Listing.due(acceptanceDays, hazard.deadline(), deadline,
							hazard.status() == HazardStatus.AWAITING_VERIFICATION ? LocalDate.now(clock) : null))
			.param("by", caller.accountId())
			.param("name", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.update();
		jdbc.sql("""
				update hazard.hazard set supervised_by_level = :l, deadline = least(coalesce(deadline, :d), :d),
				       version = version + 1
				where id = :id""")
			.param("l", bureau.level().name())
			.param("d", deadline)
			.param("id", hazardId)
			.update();
		store.record(hazardId, hazard.status(), hazard.status(), caller,
				Hazards.Note.keyed("hazard.history.supervised", notice));
		events.publishEvent(store.state(hazardId));
		events.publishEvent(new HazardSupervised(hazardId, hazard.number(), hazard.schoolId(), hazard.regionCode(),
				hazard.title(), notice, deadline, bureau.value()));
		events
			.publishEvent(EntityChanged.created("hazard_supervision", hazardId, hazard.regionCode(), hazard.schoolId(),
					Map.of("notice", notice, "deadline", deadline.toString(), "bureau", bureau.value())));
		return store.listing(hazardId);
	}

	/**
	 * On-site acceptance by the supervising bureau: verifies the rectification and
	 * records the date. A hazard the school verified itself before acceptance was
	 * required (verified, not accepted) is only recorded as accepted.
	 */
	public void accept(long hazardId, String note) {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_SUPERVISE);
		Listing listing = requireListing(hazardId);
		if (listing.acceptedAt() != null) {
			throw new BusinessRuleViolation("hazardId", "hazard.supervise.accepted");
		}
		if (!listing.supervisedBy(caller)) {
			throw new BusinessRuleViolation("hazardId", "hazard.supervise.notyours");
		}
		HazardSummary hazard = hazards.summary(hazardId);
		if (hazard.status() != HazardStatus.VERIFIED) {
			hazards.verify(hazardId, true, note);
			return;
		}
		store.accepted(hazardId);
		store.record(hazardId, hazard.status(), hazard.status(), caller, Hazards.Note.of(note));
		events.publishEvent(store.state(hazardId));
		events.publishEvent(EntityChanged.updated("hazard_supervision", hazardId, hazard.regionCode(),
				hazard.schoolId(), Map.of(), Map.of("accepted", note == null ? "" : note)));
	}

	/**
	 * 约谈: recorded when acceptance has run past its due date; part of the hazard's state
	 * (a new version of it), so it goes up with it (ADR 0075).
	 */
	public void summon(long hazardId, String note) {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_SUPERVISE);
		Listing listing = requireListing(hazardId);
		if (!listing.supervisedBy(caller)) {
			throw new BusinessRuleViolation("hazardId", "hazard.supervise.notyours");
		}
		if (!listing.overdue(LocalDate.now(clock))) {
			throw new BusinessRuleViolation("hazardId", "hazard.summon.notdue");
		}
		if (note == null || note.isBlank() || note.length() > 500) {
			throw new BusinessRuleViolation("note", "hazard.summon.note");
		}
		jdbc.sql("update hazard.supervision set summoned_at = :at, summon_note = :n where hazard_id = :id")
			.param("at", OffsetDateTime.now(clock))
			.param("n", note.trim())
			.param("id", hazardId)
			.update();
		jdbc.sql("update hazard.hazard set version = version + 1 where id = :id").param("id", hazardId).update();
		HazardSummary hazard = hazards.summary(hazardId);
		store.record(hazardId, hazard.status(), hazard.status(), caller,
				Hazards.Note.keyed("hazard.history.summoned", note.trim()));
		events.publishEvent(store.state(hazardId));
		events.publishEvent(EntityChanged.updated("hazard_supervision", hazardId, hazard.regionCode(),
				hazard.schoolId(), Map.of(), Map.of("summoned", note.trim())));
	}

	/** A supervised hazard with its supervision, as the 督办 page lists it. */
	record Supervised(HazardSummary hazard, Listing listing) {
	}

	/**
	 * The supervised hazards of the caller's scope (those its bureau lists and, for a
	 * higher bureau, those of the bureaus below), with their supervision.
	 */
	private static final String SUPERVISED = HazardRows.SELECT.replace("from hazard.hazard h", """
			, s.bureau_level as s_level, s.bureau_region as s_region, s.notice_no as s_notice,
			       s.deadline as s_deadline, s.acceptance_due as s_due, s.listed_by_name as s_by,
			       s.listed_at as s_at, s.accepted_at as s_accepted, s.summoned_at as s_summoned,
			       s.summon_note as s_note
			from hazard.hazard h""") + """
			 join hazard.supervision s on s.hazard_id = h.id
			where h.region_code like :p || '%' and (cast(:school as bigint) is null or h.school_id = :school)""";

	private static final String MOST_URGENT_FIRST = " order by s.accepted_at nulls first, s.acceptance_due, h.id";

	/**
	 * The 督办 page of the caller's bureau, most urgent first: those still under
	 * supervision ({@link LedgerQuery#SUPERVISED}, as the ledger's filter counts them),
	 * or also the closed ones.
	 */
	@Transactional(readOnly = true)
	List<Supervised> board(boolean withClosed) {
		DataScope scope = Callers.current().require(Permission.HAZARD_SUPERVISE).scope();
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql(SUPERVISED + (withClosed ? "" : " and " + LedgerQuery.SUPERVISED) + MOST_URGENT_FIRST)
			.param("p", scope.sqlRegionPrefix())
			.param("school", scope.sqlSchoolId())
			.query((rs, n) -> new Supervised(HazardRows.summary(rs, today),
					new Listing(rs.getString("s_level"), rs.getString("s_region"), rs.getString("s_notice"),
							rs.getObject("s_deadline", LocalDate.class), rs.getObject("s_due", LocalDate.class),
							HazardRows.staffName(rs.getString("s_by")), rs.getObject("s_at", OffsetDateTime.class),
							rs.getObject("s_accepted", OffsetDateTime.class),
							rs.getObject("s_summoned", OffsetDateTime.class), rs.getString("s_note"))))
			.list();
	}

	/**
	 * Tells each supervising bureau, once, of its supervised hazards now past their
	 * deadline and not rectified; answers how many. Each row is claimed by the update
	 * itself, so two instances never tell the same one.
	 */
	int tellOverdue() {
		LocalDate today = LocalDate.now(clock);
		List<SupervisedHazardOverdue> overdue = jdbc
			.sql("""
						update hazard.supervision s set overdue_told_at = :now from hazard.hazard h
					where h.id = s.hazard_id and s.overdue_told_at is null and h.deadline < :today""" + " and "
					+ LedgerQuery.OPEN
					+ " returning h.id, h.school_id, h.title, s.notice_no, h.deadline, s.bureau_region")
			.param("now", OffsetDateTime.now(clock))
			.param("today", today)
			.query((rs, n) -> new SupervisedHazardOverdue(rs.getLong(1), HazardSummary.number(rs.getLong(1)),
					rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6)))
			.list();
		overdue.forEach(events::publishEvent);
		return overdue.size();
	}

	private Listing requireListing(long hazardId) {
		hazards.summary(hazardId);
		Listing listing = store.listing(hazardId);
		if (listing == null) {
			throw new BusinessRuleViolation("hazardId", "hazard.supervise.none");
		}
		return listing;
	}

	private static RegionCode bureauOf(CurrentUser caller) {
		DataScope scope = caller.scope();
		if (scope.kind() != DataScope.Kind.REGION) {
			throw new BusinessRuleViolation("hazardId", "hazard.supervise.bureau");
		}
		String prefix = scope.regionPrefix();
		RegionCode region = RegionCode.fromPrefix(prefix);
		if (region.level() == RegionCode.Level.TOWNSHIP) {
			throw new BusinessRuleViolation("hazardId", "hazard.supervise.bureau");
		}
		return region;
	}

}
