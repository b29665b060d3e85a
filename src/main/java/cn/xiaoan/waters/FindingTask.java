package cn.xiaoan.waters;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a patrol found, as a task of the water's responsible unit, closed by the township
 * with what was done.
 */
public record FindingTask(long id, long waterId, String waterName, Finding kind, String responsibleUnit,
		OffsetDateTime openedAt, LocalDate deadline, OffsetDateTime closedAt, String closedByName, String closeNote) {

	public boolean open() {
		return closedAt == null;
	}

	public boolean overdue(LocalDate today) {
		return open() && deadline.isBefore(today);
	}

}
