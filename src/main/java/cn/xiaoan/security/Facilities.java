package cn.xiaoan.security;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A school's security facilities as last recorded; the alarm and the video each say
 * whether they are connected to the police (联网), as "三个100%" asks.
 */
public record Facilities(boolean closedManagement, boolean oneButtonAlarm, boolean alarmLinkedPolice,
		boolean videoSurveillance, boolean videoLinkedPolice, @Min(0) @Max(3650) int videoRetentionDays,
		String updatedBy, OffsetDateTime updatedAt) {

	public static Facilities unknown() {
		return new Facilities(false, false, false, false, false, 0, "", null);
	}

}
