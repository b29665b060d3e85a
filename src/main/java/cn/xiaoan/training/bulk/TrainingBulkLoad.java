package cn.xiaoan.training.bulk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Writes sessions that already took place, with their bookings and attendance, for the
 * demo data (no caller, no scope check: not reachable from a request; the module API
 * refuses sessions in the past).
 */
public interface TrainingBulkLoad {

	/** A student of a past booking and whether they came. */
	record PastAttendee(Long studentId, String name, boolean attended) {
	}

	/** A past booking of a school, by class (with its roster) or by head count. */
	record PastBooking(long schoolId, String regionCode, String schoolName, Long classId, String className,
			int students, String leadTeacher, List<PastAttendee> attendees) {
	}

	/** A completed session of the course with its bookings; certificates numbered. */
	long completedSession(long courseId, LocalDate day, LocalTime start, LocalTime end, int capacity, String location,
			String instructor, List<PastBooking> bookings);

}
