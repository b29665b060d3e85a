package cn.xiaoan.training;

import java.time.LocalDate;
import java.time.LocalTime;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * A dated session of a course (场次): booked until the day before, attendance from its day
 * on, then completed by the base.
 */
public record TrainingSession(long id, long courseId, String courseTitle, Topic topic, GradeBand gradeBand, long baseId,
		String baseName, String regionCode, LocalDate day, LocalTime startsAt, LocalTime endsAt, int capacity,
		int booked, String location, String instructor, Status status) {

	public enum Status {

		OPEN, COMPLETED

	}

	public int remaining() {
		return capacity - booked;
	}

	/** Schools book up to the day before, so the base can plan staff and buses. */
	public boolean bookableOn(LocalDate today) {
		return status == Status.OPEN && today.isBefore(day);
	}

	/** Attendance is taken on the day and corrected afterwards until completion. */
	public boolean attendanceOpenOn(LocalDate today) {
		return status == Status.OPEN && !today.isBefore(day);
	}

	void requireAttendanceOpen(LocalDate today) {
		if (!attendanceOpenOn(today)) {
			throw new BusinessRuleViolation("session",
					completed() ? "training.error.completed" : "training.error.attendance.early");
		}
	}

	public boolean completed() {
		return status == Status.COMPLETED;
	}

}
