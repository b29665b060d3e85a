package cn.xiaoan.opinion;

import java.time.Instant;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * A public statement (通报/回应) and its two steps: the case's named approver — never its
 * drafter — approves it (or returns it with a note), and only then is it published.
 */
final class Statement {

	final long id;

	final long caseId;

	final StatementKind kind;

	final long draftedBy;

	StatementState state;

	Long approvedBy;

	Instant approvedAt;

	Instant publishedAt;

	String returnNote;

	Statement(long id, long caseId, StatementKind kind, long draftedBy, StatementState state, Long approvedBy,
			Instant approvedAt, Instant publishedAt, String returnNote) {
		this.id = id;
		this.caseId = caseId;
		this.kind = kind;
		this.draftedBy = draftedBy;
		this.state = state;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
		this.publishedAt = publishedAt;
		this.returnNote = returnNote;
	}

	/** Approved by {@code by}, who must be the case's approver and not the drafter. */
	void approve(long by, long approver, Instant now) {
		decide(by, approver);
		state = StatementState.APPROVED;
		approvedBy = by;
		approvedAt = now;
	}

	/** Sent back to its drafter with the reason; a new draft follows. */
	void sendBack(long by, long approver, String note) {
		decide(by, approver);
		if (note == null || note.isBlank()) {
			throw new BusinessRuleViolation("note", "opinion.statement.returnNote");
		}
		state = StatementState.RETURNED;
		returnNote = note.trim();
	}

	/** Published: approved first, always. */
	void publish(Instant now) {
		if (state != StatementState.APPROVED) {
			throw new BusinessRuleViolation("state", "opinion.statement.notApproved");
		}
		state = StatementState.PUBLISHED;
		publishedAt = now;
	}

	private void decide(long by, long approver) {
		if (by != approver) {
			throw new AccessDenied("only the case's approver approves its statements");
		}
		if (state != StatementState.DRAFT) {
			throw new BusinessRuleViolation("state", "opinion.statement.notDraft");
		}
		if (by == draftedBy) {
			throw new BusinessRuleViolation("approver", "opinion.statement.ownDraft");
		}
	}

}
