package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hazard tables as the lifecycle needs them: loads the {@link Hazard} aggregate,
 * saves it with an optimistic check, and writes each transition to the history. Every
 * change, whether a person's step or the escalation job's, goes through
 * {@link #save(Hazard, HazardStatus, CurrentUser, Note)}. Checks no caller: the callers
 * do.
 */
@Component
class Hazards {

	/**
	 * What the history says of a transition: a free-text note, or a message key with its
	 * arguments (shown in the reader's language).
	 */
	record Note(String text, String key, String... args) {

		static Note of(String text) {
			return new Note(text == null ? "" : text, null);
		}

		static Note keyed(String key, String... args) {
			return new Note("", key, args);
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Hazards(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The hazard, locked for this transaction; unknown or out of scope is not found. */
	Hazard load(long id, CurrentUser caller) {
		Hazard hazard = jdbc.sql(HazardRows.SELECT + " where id = :id for update")
			.param("id", id)
			.query((rs, n) -> HazardRows.aggregate(rs))
			.optional()
			.orElseThrow(() -> new NotFound("hazard", id));
		if (caller != null && !caller.scope().coversSchool(hazard.schoolId, hazard.regionCode)) {
			throw new NotFound("hazard", id);
		}
		return hazard;
	}

	/** The hazard without a lock, to read its rules (no scope check). */
	Hazard find(long id) {
		return jdbc.sql(HazardRows.SELECT + " where id = :id")
			.param("id", id)
			.query((rs, n) -> HazardRows.aggregate(rs))
			.optional()
			.orElseThrow(() -> new NotFound("hazard", id));
	}

	/**
	 * Open hazards past their deadline below the province, in id order (so that two
	 * instances lock them in the same order), unlocked.
	 */
	List<Hazard> overdueBelowProvince(LocalDate today) {
		return jdbc.sql(HazardRows.SELECT + """
				 where status not in ('VERIFIED', 'CLOSED') and deadline < :today and escalation_level <> 'PROVINCE'
				order by id""").param("today", today).query((rs, n) -> HazardRows.aggregate(rs)).list();
	}

	/**
	 * Writes the aggregate's state if nobody changed its status meanwhile, and records
	 * the transition from {@code before}; {@code by} is null for the system.
	 */
	void save(Hazard hazard, HazardStatus before, CurrentUser by, Note note) {
		int updated = jdbc
			.sql("""
					update hazard.hazard set status = :s, grade = :g, deadline = :d, rectified_by = :r, rejections = :j,
					       rectified_at = case when cast(:r as bigint) is null then rectified_at else coalesce(rectified_at, :at) end,
					       closed_at = :c, escalation_level = :level, escalated_at = :escalated, version = version + 1
					where id = :id and status = :before""")
			.param("s", hazard.status.name())
			.param("g", hazard.grade == null ? null : hazard.grade.name())
			.param("d", hazard.deadline)
			.param("r", hazard.rectifiedBy)
			.param("j", hazard.rejections)
			.param("at", now())
			.param("c", hazard.closedAt == null ? null : OffsetDateTime.ofInstant(hazard.closedAt, ZoneOffset.UTC))
			.param("level", hazard.escalationLevel.name())
			.param("escalated",
					hazard.escalatedAt == null ? null : OffsetDateTime.ofInstant(hazard.escalatedAt, ZoneOffset.UTC))
			.param("id", hazard.id)
			.param("before", before.name())
			.update();
		if (updated == 0) {
			throw new BusinessRuleViolation("status", "hazard.changed.concurrently");
		}
		record(hazard.id, before, hazard.status, by, note);
	}

	/** A line of the history; {@code by} is null for the system. */
	void record(long id, HazardStatus from, HazardStatus to, CurrentUser by, Note note) {
		String text = note.text();
		jdbc.sql("""
				insert into hazard.transition (hazard_id, from_status, to_status, by_account, by_name, at, note,
				                               note_key, note_args)
				values (:id, :f, :t, :a, :n, :at, :note, :key, :args)""")
			.param("id", id)
			.param("f", from == null ? null : from.name())
			.param("t", to.name())
			.param("a", by == null ? null : by.accountId())
			.param("n", by == null ? "system" : by.displayName())
			.param("at", now())
			.param("note", text.length() > 500 ? text.substring(0, 500) : text)
			.param("key", note.key())
			.param("args", note.args())
			.update();
	}

	/**
	 * The hazard's state as it stands in this transaction, to tell others after a change
	 * of status, grade or deadline (no scope check: the caller made the change).
	 */
	HazardStatusChanged state(long id) {
		return jdbc.sql(HazardRows.STATE + " where h.id = :id")
			.param("id", id)
			.query((rs, n) -> HazardRows.state(rs))
			.single();
	}

	/** The hazard's history, oldest first. */
	List<HazardDetail.Transition> transitions(long id) {
		return jdbc.sql("""
				select from_status, to_status, by_name, at, note, note_key, note_args from hazard.transition
				where hazard_id = :id order by at, id""")
			.param("id", id)
			.query((rs, n) -> new HazardDetail.Transition(
					rs.getString(1) == null ? null : HazardStatus.valueOf(rs.getString(1)),
					HazardStatus.valueOf(rs.getString(2)), HazardRows.staffName(rs.getString(3)),
					rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6),
					List.of((String[]) rs.getArray(7).getArray())))
			.list();
	}

	/** The 五落实 plan, or null. */
	RectificationPlan plan(long id) {
		return jdbc.sql("""
				select responsible_person, measures, funds_yuan, deadline, contingency_plan from hazard.plan
				where hazard_id = :id""")
			.param("id", id)
			.query((rs, n) -> new RectificationPlan(HazardRows.staffName(rs.getString(1)), rs.getString(2),
					rs.getBigDecimal(3), rs.getObject(4, LocalDate.class), rs.getString(5)))
			.optional()
			.orElse(null);
	}

	/** The supervision of a hazard, or null when it is not supervised. */
	HazardSupervision.Listing listing(long hazardId) {
		return jdbc.sql("""
				select bureau_level, bureau_region, notice_no, deadline, acceptance_due, listed_by_name, listed_at,
				       accepted_at, summoned_at, summon_note from hazard.supervision where hazard_id = :id""")
			.param("id", hazardId)
			.query((rs, n) -> new HazardSupervision.Listing(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
					HazardRows.staffName(rs.getString(6)), rs.getObject(7, OffsetDateTime.class),
					rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class), rs.getString(10)))
			.optional()
			.orElse(null);
	}

	/**
	 * Moves a supervised hazard's acceptance due date to {@code due} if that is earlier
	 * (DOMAIN.md §3.2: within the set days of the deadline or of the request, whichever
	 * comes first); nothing for a hazard not supervised or accepted already.
	 */
	void bringAcceptanceForward(long hazardId, LocalDate due) {
		jdbc.sql("""
				update hazard.supervision set acceptance_due = least(acceptance_due, :due)
				where hazard_id = :id and accepted_at is null""").param("due", due).param("id", hazardId).update();
	}

	/**
	 * Claims a level of escalation for a hazard: false when it was reached before, by
	 * this instance or another (the unique key decides).
	 */
	boolean claimEscalation(long hazardId, EscalationLevel level, String bureauRegion) {
		return jdbc.sql("""
				insert into hazard.escalation (hazard_id, level, bureau_region, at) values (:id, :level, :bureau, :at)
				on conflict do nothing""")
			.param("id", hazardId)
			.param("level", level.name())
			.param("bureau", bureauRegion)
			.param("at", now())
			.update() == 1;
	}

	/**
	 * Records the supervising bureau's on-site acceptance, a change of the hazard's
	 * state: its version rises.
	 */
	void accepted(long hazardId) {
		if (jdbc.sql("update hazard.supervision set accepted_at = :at where hazard_id = :id and accepted_at is null")
			.param("at", now())
			.param("id", hazardId)
			.update() > 0) {
			jdbc.sql("update hazard.hazard set version = version + 1 where id = :id").param("id", hazardId).update();
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
