package cn.xiaoan.hazard;

import java.time.LocalDate;

/**
 * An overdue hazard was raised to the bureau of {@code level} (region
 * {@code bureauRegion}), whose safety staff should now hear of it.
 */
public record HazardEscalated(long hazardId, String number, long schoolId, String regionCode, String title,
		LocalDate deadline, EscalationLevel level, String bureauRegion) {
}
