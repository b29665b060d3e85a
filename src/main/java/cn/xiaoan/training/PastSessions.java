package cn.xiaoan.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.xiaoan.training.bulk.TrainingBulkLoad;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's past sessions, written through the store that the module API uses (declared
 * in {@code training.bulk}, so that only {@code demo} can reach it).
 */
@Component
class PastSessions implements TrainingBulkLoad {

	private final JdbcClient jdbc;

	private final TrainingStore store;

	private final AttendeeStore attendees;

	PastSessions(JdbcClient jdbc, TrainingStore store, AttendeeStore attendees) {
		this.attendees = attendees;
		this.jdbc = jdbc;
		this.store = store;
	}

	/** A completed session of the course with its bookings; certificates numbered. */
	@Override
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
			// booked a week ahead, as a school would: never after the session
			jdbc.sql(
					"update training.booking set booked_at = least(now(), cast(:day as date) - 7 + time '10:00') where id = :id")
				.param("day", day)
				.param("id", id)
				.update();
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
