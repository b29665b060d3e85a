package cn.xiaoan.bullying;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A case as its committee and the county office read it: the report, the investigation,
 * the decision and the review, measures, families informed, follow-ups — and what the
 * reader may do next.
 */
public record CaseFile(long id, long schoolId, String schoolName, Channel channel, String reporterName,
		String reporterContact, LocalDate happenedOn, String place, String description, String victimName,
		String victimGrade, String actorNames, String actorGrade, CaseState state, LocalDate openedOn,
		LocalDate decisionDue, OffsetDateTime decidedAt, String decidedBy, Boolean bullying, BullyingKind kind,
		Severity severity, String reasoning, OffsetDateTime closedAt, String closedBy, List<Statement> statements,
		List<Evidence> evidence, List<Measure> measures, List<Notice> notices, Appeal appeal, List<FollowUp> followUps,
		long daysLeft, boolean committee, boolean office) {

	public record Statement(StatementKind kind, String speaker, String content, String recordedBy,
			OffsetDateTime recordedAt) {
	}

	public record Evidence(long id, UUID fileId, String caption, String addedBy, OffsetDateTime addedAt) {
	}

	public record Measure(MeasureKind kind, String detail, String decidedBy, OffsetDateTime decidedAt) {
	}

	public record Notice(Side side, OffsetDateTime informedAt, NoticeMethod method, String informedBy,
			LocalDate appealUntil) {
	}

	public record Appeal(Side side, LocalDate filedOn, String reason, LocalDate answerDue, String recordedBy,
			OffsetDateTime answeredAt, String answeredBy, ReviewOutcome outcome, Boolean bullying, BullyingKind kind,
			Severity severity, String reasoning) {

		public boolean answered() {
			return answeredAt != null;
		}

	}

	public record FollowUp(long id, Side subject, LocalDate dueOn, OffsetDateTime doneAt, String doneBy, String note) {
	}

	/** Undecided past the decision deadline. */
	public boolean late() {
		return decidedAt == null && daysLeft < 0;
	}

	public boolean informed(Side side) {
		return notices.stream().anyMatch(n -> n.side() == side);
	}

	/** The finding in force: the county's when it overturned the school's. */
	public Boolean finalBullying() {
		return appeal != null && appeal.outcome() == ReviewOutcome.OVERTURNED ? appeal.bullying() : bullying;
	}

}
