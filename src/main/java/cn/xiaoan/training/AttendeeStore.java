package cn.xiaoan.training;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people of a booking (training.attendee): the class roster or the named head count.
 */
@Component
class AttendeeStore {

	private final JdbcClient jdbc;

	AttendeeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertAttendee(long bookingId, Long studentId, String name, boolean attended) {
		jdbc.sql("insert into training.attendee (booking_id, student_id, name, attended) values (:b, :s, :n, :a)")
			.param("b", bookingId)
			.param("s", studentId)
			.param("n", name)
			.param("a", attended)
			.update();
	}

	List<Attendee> attendees(long bookingId) {
		return jdbc.sql("""
				select id, booking_id, student_id, name, attended, certificate_no from training.attendee
				where booking_id = :b order by id""")
			.param("b", bookingId)
			.query((rs, n) -> new Attendee(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
					rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	/**
	 * The certificates of one student over every completed session, newest first:
	 * attended, numbered at completion.
	 */
	List<Certificate> certificatesOf(long studentId) {
		return jdbc.sql("""
				select a.certificate_no, a.name, k.school_name, c.title, c.duration_minutes, s.day, b.name
				from training.attendee a join training.booking k on k.id = a.booking_id
				join training.session s on s.id = k.session_id join training.course c on c.id = s.course_id
				join training.base b on b.id = s.base_id
				where a.student_id = :s and a.certificate_no is not null and s.status = 'COMPLETED'
				order by s.day desc, a.id""")
			.param("s", studentId)
			.query((rs, n) -> new Certificate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getObject(6, java.time.LocalDate.class), rs.getString(7)))
			.list();
	}

	void markAttendance(long bookingId, List<Long> present) {
		jdbc.sql("update training.attendee set attended = (id = any(:p)) where booking_id = :b")
			.param("p", present.toArray(Long[]::new))
			.param("b", bookingId)
			.update();
	}

	void removeNamedAttendees(long bookingId) {
		jdbc.sql("delete from training.attendee where booking_id = :b").param("b", bookingId).update();
	}

}
