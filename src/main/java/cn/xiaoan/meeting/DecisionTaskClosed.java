package cn.xiaoan.meeting;

import java.time.LocalDate;

/** A meeting's decision task was done; {@code late} when closed after its deadline. */
public record DecisionTaskClosed(long taskId, long meetingId, String regionCode, LocalDate deadline, boolean late) {
}
