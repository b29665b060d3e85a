package cn.xiaoan.security;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A school's security facilities as last recorded. */
public record Facilities(boolean closedManagement, boolean oneButtonAlarm, boolean alarmLinkedPolice,
		boolean videoSurveillance, @Min(0) @Max(3650) int videoRetentionDays, String updatedBy,
		OffsetDateTime updatedAt) {

	public static Facilities unknown() {
		return new Facilities(false, false, false, false, 0, "", null);
	}

}
