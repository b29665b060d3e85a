package cn.xiaoan.bullying;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复查: the county's bullying office records a family's appeal — within the appeal window
 * from the day that family was informed — and answers it within the review deadline. An
 * answer may overturn the school's decision: both findings are kept, the office's on the
 * appeal, and the follow-up visits follow the final finding.
 */
@Service
@Transactional
public class BullyingReviews {

	private final JdbcClient jdbc;

	private final BullyingAccess access;

	private final BullyingDeadlines deadlines;

	private final BullyingManagement management;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BullyingReviews(JdbcClient jdbc, BullyingAccess access, BullyingDeadlines deadlines, BullyingManagement management,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.deadlines = deadlines;
		this.management = management;
		this.events = events;
		this.clock = clock;
	}

	public void fileAppeal(long caseId, FileAppeal command) {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_HANDLE);
		CaseRef ref = access.officeCase(caller, caseId);
		record(ref, command, caller.displayName(), false);
		changed(caseId, ref, "CREATE", Map.of("case", caseId, "side", command.side().name()));
	}

	/**
	 * An appeal within the window of the side's family, once per case, while the case is
	 * decided: recorded by the office or sent by the family itself.
	 */
	void record(CaseRef ref, FileAppeal command, String by, boolean fromFamily) {
		long caseId = ref.id();
		if (ref.state() != CaseState.DECIDED) {
			throw new BusinessRuleViolation("side", "bullying.appeal.state");
		}
		if (jdbc.sql("select exists (select 1 from bullying.appeal where case_id = :c)")
			.param("c", caseId)
			.query(Boolean.class)
			.single()) {
			throw new BusinessRuleViolation("side", "bullying.appeal.once");
		}
		LocalDate until = jdbc.sql("select appeal_until from bullying.family_notice where case_id = :c and side = :s")
			.param("c", caseId)
			.param("s", command.side().name())
			.query(LocalDate.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleViolation("side", "bullying.appeal.notInformed"));
		if (command.filedOn().isAfter(deadlines.today()) || command.filedOn().isBefore(ref.openedOn())) {
			throw new BusinessRuleViolation("filedOn", "bullying.inform.date");
		}
		if (command.filedOn().isAfter(until)) {
			throw new BusinessRuleViolation("filedOn", "bullying.appeal.late", until.toString());
		}
		jdbc.sql("""
				insert into bullying.appeal (case_id, side, filed_on, reason, answer_due, recorded_by, from_family)
				values (:c, :s, :on, :r, :due, :by, :f)""")
			.param("c", caseId)
			.param("s", command.side().name())
			.param("on", command.filedOn())
			.param("r", command.reason().trim())
			.param("due", deadlines.answerDue(ref.regionCode(), command.filedOn()))
			.param("by", by)
			.param("f", fromFamily)
			.update();
		state(caseId, CaseState.UNDER_REVIEW);
	}

	public void answer(long caseId, AnswerAppeal command) {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_HANDLE);
		CaseRef ref = access.officeCase(caller, caseId);
		if (ref.state() != CaseState.UNDER_REVIEW) {
			throw new BusinessRuleViolation("outcome", "bullying.review.state");
		}
		boolean overturned = command.outcome() == ReviewOutcome.OVERTURNED;
		DecideCase finding = overturned ? command.finding() : null;
		jdbc.sql("""
				update bullying.appeal set answered_at = :at, answered_by = :by, outcome = :o, is_bullying = :b,
				  kind = :k, severity = :s, reasoning = :r where case_id = :c""")
			.param("at", OffsetDateTime.now(clock))
			.param("by", caller.displayName())
			.param("o", command.outcome().name())
			.param("b", overturned ? finding.bullying() : null)
			.param("k", overturned && finding.bullying() ? finding.kind().name() : null)
			.param("s", overturned && finding.bullying() ? finding.severity().name() : null)
			.param("r", command.reasoning().trim())
			.param("c", caseId)
			.update();
		if (overturned) {
			if (finding.bullying()) {
				management.scheduleFollowUps(caseId, ref.regionCode());
			}
			else {
				management.cancelFollowUps(caseId);
			}
		}
		state(caseId, CaseState.DECIDED);
		changed(caseId, ref, "UPDATE", Map.of("case", caseId, "outcome", command.outcome().name()));
	}

	private void state(long caseId, CaseState state) {
		jdbc.sql("update bullying.bullying_case set state = :s where id = :id")
			.param("s", state.name())
			.param("id", caseId)
			.update();
	}

	private void changed(long caseId, CaseRef ref, String action, Map<String, Object> after) {
		events.publishEvent(new EntityChanged("bullying_appeal", String.valueOf(caseId), action, ref.regionCode(),
				ref.schoolId(), Map.of(), after));
	}

}
