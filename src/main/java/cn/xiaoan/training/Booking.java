package cn.xiaoan.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A school's booking of a session, for one class (its roster taken when booking) or for a
 * head count with a lead teacher.
 */
record Booking(long id, long sessionId, long schoolId, String regionCode, String schoolName, Long classId,
		String className, int students, String leadTeacher, String phone, Status status, Integer arrived,
		String bookedBy, OffsetDateTime bookedAt) {

	public enum Status {

		BOOKED, ATTENDED, CANCELLED;

		public String messageKey() {
			return "training.booking.status." + name();
		}

	}

	public boolean byClass() {
		return classId != null;
	}

	public boolean active() {
		return status != Status.CANCELLED;
	}

	/** Cancelled at the latest the day before the session, and before any attendance. */
	public boolean cancellableOn(LocalDate today, TrainingSession session) {
		return status == Status.BOOKED && today.isBefore(session.day());
	}

}
