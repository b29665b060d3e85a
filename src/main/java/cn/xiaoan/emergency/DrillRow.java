package cn.xiaoan.emergency;

import java.time.LocalDate;

/**
 * A drill as lists show it; {@code held} once its evacuation time is recorded, and
 * {@code overtime} (超时) when that time exceeds the policy's limit for its building.
 */
public record DrillRow(long id, long schoolId, String schoolName, String regionCode, LocalDate heldOn, String scenario,
		Long planId, String classes, int headcount, int storeys, Integer evacuationSeconds, Integer limitSeconds,
		boolean overtime, int problems) {

	public boolean held() {
		return evacuationSeconds != null;
	}

	/** The time taken as minutes and seconds ("3分0秒" is formatted by the page). */
	public Integer minutes() {
		return evacuationSeconds == null ? null : evacuationSeconds / 60;
	}

	public Integer seconds() {
		return evacuationSeconds == null ? null : evacuationSeconds % 60;
	}

}
