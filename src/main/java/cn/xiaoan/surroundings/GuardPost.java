package cn.xiaoan.surroundings;

import java.time.LocalTime;

/** A guard post of a school and how it was kept over the recent days. */
public record GuardPost(long id, long schoolId, String schoolName, String regionCode, String name, String location,
		GuardSlot slot, String days, LocalTime startsAt, LocalTime endsAt, int police, int staff, int volunteers,
		String people, int checkIns, int gaps) {

	/** The weekdays as numbers 1 (Monday) to 7, for the page to name. */
	public java.util.List<Integer> weekdays() {
		return days.chars().map(c -> c - '0').boxed().toList();
	}

}
