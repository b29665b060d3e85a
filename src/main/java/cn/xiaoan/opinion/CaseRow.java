package cn.xiaoan.opinion;

import java.time.OffsetDateTime;

/**
 * A case in the ledger: its unit, gravity, state, times (Beijing time), open and overdue
 * tasks, and whether a release deadline passed unmet ({@code late}).
 */
public record CaseRow(long id, String title, String unitName, Severity severity, CaseSource source, CaseState state,
		OffsetDateTime occurredAt, OffsetDateTime openedAt, String approverName, int openTasks, int overdueTasks,
		boolean late) {

	/** Has an overdue task or a missed release deadline. */
	public boolean overdue() {
		return overdueTasks > 0 || late;
	}

}
