package cn.xiaoan.emergency;

import java.time.LocalDate;

/**
 * A drill was held and its result recorded; {@code overtime} when it took longer than the
 * limit.
 */
public record DrillRecorded(long drillId, long schoolId, String regionCode, LocalDate heldOn, int evacuationSeconds,
		boolean overtime) {
}
