package cn.xiaoan.opinion;

import java.time.OffsetDateTime;

/**
 * A task with the summary of its case, as its owner (a partner too) and the case team see
 * it: no people involved, no statements.
 */
public record TaskView(long id, long caseId, String caseTitle, Severity caseSeverity, OffsetDateTime caseOccurredAt,
		String caseLocation, String caseDescription, CaseState caseState, long departmentId, String department,
		DepartmentKind departmentKind, String title, long ownerAccountId, String ownerName, OffsetDateTime deadline,
		TaskState state, String note, OffsetDateTime answeredAt, boolean overdue, boolean escalated) {
}
