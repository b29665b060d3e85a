package cn.xiaoan.bullying;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as a party's family (or the student) sees it from their own account: their own
 * child by name, the other children by initials only, the finding in force, the measures
 * concerning their child's side, when they were informed and until when they may appeal,
 * and the county's answer. No statements, no evidence, no reasons written by the
 * committee.
 */
public record FamilyCase(long id, String schoolName, LocalDate happenedOn, String child, Side side, String others,
		CaseState state, boolean decided, Boolean bullying, BullyingKind kind, Severity severity,
		List<MeasureKind> measures, OffsetDateTime informedAt, LocalDate appealUntil, boolean mayAppeal,
		Appeal appeal) {

	/** The appeal on the case, whoever sent it, and the county's answer once given. */
	public record Appeal(boolean ours, LocalDate filedOn, LocalDate answerDue, boolean answered, ReviewOutcome outcome,
			Boolean bullying, BullyingKind kind, Severity severity) {
	}

}
