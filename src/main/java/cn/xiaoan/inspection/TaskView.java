package cn.xiaoan.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.xiaoan.shared.Role;

/**
 * One inspection of one school for one period; {@code signedName} and {@code signedAt}
 * record who signed it (谁排查谁签字).
 */
record TaskView(long id, long planId, String planName, Cadence cadence, boolean spotCheck, long schoolId,
		String periodKey, LocalDate periodStart, LocalDate dueDate, TaskStatus status, boolean overdue,
		Role inspectorRole, String inspectorName, String signedUsername, String signedName, OffsetDateTime signedAt,
		int itemCount, int failedCount) {

	/** Open or submitted. */
	public enum TaskStatus {

		OPEN, SUBMITTED;

		public String messageKey() {
			return "inspection.status." + name();
		}

	}

}
