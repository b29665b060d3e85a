package cn.xiaoan.surroundings;

import java.time.LocalDate;
import java.time.LocalTime;

/** A scheduled window of a post that ended with no check-in. */
public record Gap(long postId, String postName, long schoolId, String schoolName, LocalDate onDate, GuardSlot slot,
		LocalTime startsAt, LocalTime endsAt) {
}
