package cn.xiaoan.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes sessions that already took place, with their bookings and attendance, for the
 * demo data (no caller, no scope check: not reachable from a request; the module API
 * refuses sessions in the past).
 */
@Component
public class TrainingBulkLoad {

	/** A student of a past booking and whether they came. */
	public record PastAttendee(Long studentId, String name, boolean attended) {
	}

	/** A past booking of a school, by class (with its roster) or by head count. */
	public record PastBooking(long schoolId, String regionCode, String schoolName, Long classId, String className,
			int students, String leadTeacher, List<PastAttendee> attendees) {
	}

	private final JdbcClient jdbc;

	private final TrainingStore store;

	private final AttendeeStore attendees;

	TrainingBulkLoad(JdbcClient jdbc, TrainingStore store, AttendeeStore attendees) {
		this.attendees = attendees;
		this.jdbc = jdbc;
		this.store = store;
	}

	/** A completed session of the course with its bookings; certificates numbered. */
	@Transactional
	public long completedSession(long courseId, LocalDate day, LocalTime start, LocalTime end, int capacity,
			String location, String instructor, List<PastBooking> bookings) {
		Course course = store.course(courseId).orElseThrow();
		TrainingBase base = store.base(course.baseId()).orElseThrow();
		long sessionId = store.insertSession(course, base.regionCode(),
				new NewSession(day, start, end, capacity, location, instructor));
		for (PastBooking b : bookings) {
			long id = store.insertBooking(sessionId, b.schoolId(), b.regionCode(), b.schoolName(), b.classId(),
					b.className(), b.students(), b.leadTeacher(), "", "demo");
			b.attendees().forEach(a -> attendees.insertAttendee(id, a.studentId(), a.name(), a.attended()));
			store.attended(id, (int) b.attendees().stream().filter(PastAttendee::attended).count());
		}
		int booked = bookings.stream().mapToInt(PastBooking::students).sum();
		jdbc.sql("update training.session set booked = :n where id = :id")
			.param("n", booked)
			.param("id", sessionId)
			.update();
		store.complete(sessionId,
				base.regionCode() + "-" + day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-");
		return sessionId;
	}

}
