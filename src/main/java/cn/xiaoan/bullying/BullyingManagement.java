package cn.xiaoan.bullying;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's work on a case: statements and evidence, the decision (认定), measures,
 * informing both families, follow-up visits and closing. Every step is the committee's of
 * the case's school (statements and evidence also the county office's during a review);
 * anyone else is told the case does not exist.
 */
@Service
@Transactional
public class BullyingManagement {

	private final JdbcClient jdbc;

	private final BullyingAccess access;

	private final BullyingDeadlines deadlines;

	private final Files files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OrgManagement org;

	BullyingManagement(JdbcClient jdbc, BullyingAccess access, BullyingDeadlines deadlines, Files files,
			ApplicationEventPublisher events, Clock clock, OrgManagement org) {
		this.org = org;
		this.jdbc = jdbc;
		this.access = access;
		this.deadlines = deadlines;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	public void recordStatement(long caseId, RecordStatement command) {
		CurrentUser caller = caller();
		CaseRef ref = open(access.visible(caller, caseId));
		long id = jdbc.sql("""
				insert into bullying.statement (case_id, kind, speaker, content, recorded_by, recorded_at)
				values (:c, :k, :s, :t, :by, :at) returning id""")
			.param("c", caseId)
			.param("k", command.kind().name())
			.param("s", command.speaker().trim())
			.param("t", command.content().trim())
			.param("by", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		changed("bullying_statement", id, ref, "CREATE", Map.of("case", caseId, "kind", command.kind().name()));
	}

	/**
	 * A photo or screenshot as evidence, stored with no school and no region so that only
	 * this module serves it (to the committee and the office).
	 */
	public void addEvidence(long caseId, byte[] bytes, String fileName, String caption) {
		CurrentUser caller = caller();
		CaseRef ref = open(access.visible(caller, caseId));
		StoredFile file = files.storePhoto("photo", bytes, fileName, null, "");
		long id = jdbc.sql("""
				insert into bullying.evidence (case_id, file_id, caption, added_by, added_at)
				values (:c, :f, :cap, :by, :at) returning id""")
			.param("c", caseId)
			.param("f", file.id())
			.param("cap",
					ReportBullying.clean(caption).length() > 200 ? caption.trim().substring(0, 200)
							: ReportBullying.clean(caption))
			.param("by", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		changed("bullying_evidence", id, ref, "CREATE", Map.of("case", caseId));
	}

	/** 认定: only while investigating; late decisions are recorded as they are. */
	public void decide(long caseId, DecideCase command) {
		command.check();
		CurrentUser caller = caller();
		CaseRef ref = access.committeeCase(caller, caseId);
		if (ref.state() != CaseState.INVESTIGATING) {
			throw new BusinessRuleViolation("bullying", "bullying.decide.done");
		}
		boolean bullying = command.bullying();
		jdbc.sql("""
				update bullying.bullying_case set state = 'DECIDED', decided_at = :at, decided_by = :by,
				  is_bullying = :b, kind = :k, severity = :s, reasoning = :r where id = :id""")
			.param("at", OffsetDateTime.now(clock))
			.param("by", caller.displayName())
			.param("b", bullying)
			.param("k", bullying ? command.kind().name() : null)
			.param("s", bullying ? command.severity().name() : null)
			.param("r", command.reasoning().trim())
			.param("id", caseId)
			.update();
		if (bullying) {
			scheduleFollowUps(caseId, ref.regionCode());
		}
		changed("bullying_case", caseId, ref, "UPDATE", Map.of("state", "DECIDED", "bullying", bullying));
	}

	public void recordMeasure(long caseId, RecordMeasure command) {
		CurrentUser caller = caller();
		CaseRef ref = decided(access.committeeCase(caller, caseId));
		checkStage(ref, command.kind());
		long id = jdbc.sql("""
				insert into bullying.measure (case_id, kind, detail, decided_by, decided_at)
				values (:c, :k, :d, :by, :at) returning id""")
			.param("c", caseId)
			.param("k", command.kind().name())
			.param("d", ReportBullying.clean(command.detail()))
			.param("by", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		changed("bullying_measure", id, ref, "CREATE", Map.of("case", caseId, "kind", command.kind().name()));
	}

	/** A family informed of the decision; its appeal window runs from that day. */
	public void informFamily(long caseId, InformFamily command) {
		CurrentUser caller = caller();
		CaseRef ref = decided(access.committeeCase(caller, caseId));
		LocalDate today = deadlines.today();
		if (command.informedOn().isAfter(today) || command.informedOn().isBefore(ref.openedOn())) {
			throw new BusinessRuleViolation("informedOn", "bullying.inform.date");
		}
		jdbc.sql("""
				insert into bullying.family_notice (case_id, side, informed_at, method, informed_by, appeal_until)
				values (:c, :side, :at, :m, :by, :until)
				on conflict (case_id, side) do update set informed_at = :at, method = :m, informed_by = :by,
				  appeal_until = :until""")
			.param("c", caseId)
			.param("side", command.side().name())
			.param("at", command.informedOn().atTime(12, 0).atZone(BullyingAccess.BEIJING).toOffsetDateTime())
			.param("m", command.method().name())
			.param("by", caller.displayName())
			.param("until", deadlines.appealUntil(ref.regionCode(), command.informedOn()))
			.update();
		changed("bullying_notice", caseId, ref, "CREATE",
				Map.of("case", caseId, "side", command.side().name(), "method", command.method().name()));
	}

	public void completeFollowUp(long caseId, long followUpId, String note) {
		CurrentUser caller = caller();
		CaseRef ref = decided(access.committeeCase(caller, caseId));
		int done = jdbc.sql("""
				update bullying.follow_up set done_at = :at, done_by = :by, note = :n
				where id = :f and case_id = :c and done_at is null""")
			.param("at", OffsetDateTime.now(clock))
			.param("by", caller.displayName())
			.param("n",
					ReportBullying.clean(note).length() > 1000 ? note.trim().substring(0, 1000)
							: ReportBullying.clean(note))
			.param("f", followUpId)
			.param("c", caseId)
			.update();
		if (done == 0) {
			throw new NotFound("follow-up", followUpId);
		}
		changed("bullying_follow_up", followUpId, ref, "UPDATE", Map.of("case", caseId, "done", true));
	}

	/**
	 * Closes the case: both families informed, no appeal pending or still possible, every
	 * follow-up visit made.
	 */
	public void close(long caseId) {
		CurrentUser caller = caller();
		CaseRef ref = access.committeeCase(caller, caseId);
		if (ref.state() != CaseState.DECIDED) {
			throw new BusinessRuleViolation("close",
					ref.state() == CaseState.UNDER_REVIEW ? "bullying.close.underReview" : "bullying.close.undecided");
		}
		var notices = jdbc.sql("select count(*), max(appeal_until) from bullying.family_notice where case_id = :c")
			.param("c", caseId)
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getObject(2, LocalDate.class) })
			.single();
		if ((int) notices[0] < 2) {
			throw new BusinessRuleViolation("close", "bullying.close.families");
		}
		boolean appealed = jdbc.sql("select exists (select 1 from bullying.appeal where case_id = :c)")
			.param("c", caseId)
			.query(Boolean.class)
			.single();
		if (!appealed && !deadlines.today().isAfter((LocalDate) notices[1])) {
			throw new BusinessRuleViolation("close", "bullying.close.appealWindow", notices[1].toString());
		}
		long open = jdbc.sql("select count(*) from bullying.follow_up where case_id = :c and done_at is null")
			.param("c", caseId)
			.query(Long.class)
			.single();
		if (open > 0) {
			throw new BusinessRuleViolation("close", "bullying.close.followUps", open);
		}
		jdbc.sql("update bullying.bullying_case set state = 'CLOSED', closed_at = :at, closed_by = :by where id = :id")
			.param("at", OffsetDateTime.now(clock))
			.param("by", caller.displayName())
			.param("id", caseId)
			.update();
		changed("bullying_case", caseId, ref, "UPDATE", Map.of("state", "CLOSED"));
	}

	/**
	 * Replaces the pending visits by a fresh schedule from today (after a decision or
	 * review).
	 */
	void scheduleFollowUps(long caseId, String region) {
		jdbc.sql("delete from bullying.follow_up where case_id = :c and done_at is null").param("c", caseId).update();
		for (LocalDate due : deadlines.followUps(region, deadlines.today())) {
			for (Side side : Side.values()) {
				jdbc.sql("insert into bullying.follow_up (case_id, subject, due_on) values (:c, :s, :d)")
					.param("c", caseId)
					.param("s", side.name())
					.param("d", due)
					.update();
			}
		}
	}

	void cancelFollowUps(long caseId) {
		jdbc.sql("delete from bullying.follow_up where case_id = :c and done_at is null").param("c", caseId).update();
	}

	/**
	 * 中小学教育惩戒规则（试行）第十条: a disciplinary grade only for a student of a stage it applies to
	 * — each linked student who bullied, or the grade the report gave.
	 */
	private void checkStage(CaseRef ref, MeasureKind kind) {
		if (!kind.isDiscipline()) {
			return;
		}
		SchoolType type = org.findSchool(ref.schoolId()).map(SchoolSummary::type).orElse(null);
		List<String> grades = jdbc.sql("select grade_name from bullying.party where case_id = :c and side = 'ACTOR'")
			.param("c", ref.id())
			.query(String.class)
			.list();
		if (grades.isEmpty()) {
			grades = List.of(jdbc.sql("select actor_grade from bullying.bullying_case where id = :c")
				.param("c", ref.id())
				.query(String.class)
				.single());
		}
		for (String grade : grades) {
			DisciplineByStage.refusal(kind, type, grade).ifPresent(key -> {
				throw new BusinessRuleViolation("kind", key, grade);
			});
		}
	}

	private static CaseRef open(CaseRef ref) {
		if (ref.state() == CaseState.CLOSED) {
			throw new BusinessRuleViolation("case", "bullying.closed");
		}
		return ref;
	}

	private static CaseRef decided(CaseRef ref) {
		if (ref.state() == CaseState.INVESTIGATING || ref.state() == CaseState.CLOSED) {
			throw new BusinessRuleViolation("case",
					ref.state() == CaseState.CLOSED ? "bullying.closed" : "bullying.close.undecided");
		}
		return ref;
	}

	private void changed(String type, Object id, CaseRef ref, String action, Map<String, Object> after) {
		events.publishEvent(
				new EntityChanged(type, String.valueOf(id), action, ref.regionCode(), ref.schoolId(), Map.of(), after));
	}

	private static CurrentUser caller() {
		return Callers.current().require(BullyingPermissions.BULLYING_HANDLE);
	}

}
