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
