package cn.xiaoan.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the training tables. No scope checks here: only {@link TrainingManagement},
 * after checking the caller, and the bulk load call it.
 */
@Repository
class TrainingStore {

	private static final String BASE = "select id, region_code, name, address, phone from training.base";

	private static final String COURSE = """
			select id, base_id, title, topic, description, duration_minutes, grade_band, default_capacity
			from training.course""";

	private static final String SESSION = """
			select s.id, s.course_id, c.title, c.topic, c.grade_band, s.base_id, b.name, s.region_code, s.day,
			       s.starts_at, s.ends_at, s.capacity, s.booked, s.location, s.instructor, s.status
			from training.session s join training.course c on c.id = s.course_id join training.base b on b.id = s.base_id""";

	private static final String BOOKING = """
			select id, session_id, school_id, region_code, school_name, class_id, class_name, students, lead_teacher,
			       phone, status, arrived, booked_by, booked_at from training.booking""";

	private final JdbcClient jdbc;

	TrainingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertBase(NewBase b, String by) {
		return jdbc.sql("""
				insert into training.base (region_code, region_prefix, name, address, phone, created_by)
				values (:r, :rp, :n, :a, :p, :by) returning id""")
			.param("r", b.regionCode())
			.param("rp", RegionCode.of(b.regionCode()).prefix())
			.param("n", b.name())
			.param("a", b.address())
			.param("p", b.phone())
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<TrainingBase> base(long id) {
		return jdbc.sql(BASE + " where id = :id").param("id", id).query(TrainingStore::base).optional();
	}

	/** Bases at or below the region prefix (a bureau's own and its counties'). */
	List<TrainingBase> basesUnder(String prefix) {
		return jdbc.sql(BASE + " where region_code like :p || '%' order by region_code, name")
			.param("p", prefix)
			.query(TrainingStore::base)
			.list();
	}

	/** Bases whose region contains the school's region (its county's, its city's…). */
	List<TrainingBase> basesServing(String schoolRegion) {
		return jdbc.sql(BASE + " where :r like region_prefix || '%' order by length(region_code) desc, name")
			.param("r", schoolRegion)
			.query(TrainingStore::base)
			.list();
	}

	long insertCourse(long baseId, NewCourse c) {
		return jdbc.sql("""
				insert into training.course (base_id, title, topic, description, duration_minutes, grade_band,
				       default_capacity) values (:b, :t, :topic, :d, :m, :g, :c) returning id""")
			.param("b", baseId)
			.param("t", c.title())
			.param("topic", c.topic().name())
			.param("d", c.description())
			.param("m", c.durationMinutes())
			.param("g", c.gradeBand().name())
			.param("c", c.defaultCapacity())
			.query(Long.class)
			.single();
	}

	boolean courseTitleTaken(long baseId, String title) {
		return jdbc.sql("select count(*) from training.course where base_id = :b and title = :t")
			.param("b", baseId)
			.param("t", title)
			.query(Integer.class)
			.single() > 0;
	}

	Optional<Course> course(long id) {
		return jdbc.sql(COURSE + " where id = :id").param("id", id).query(TrainingStore::course).optional();
	}

	List<Course> courses(long baseId) {
		return jdbc.sql(COURSE + " where base_id = :b order by id")
			.param("b", baseId)
			.query(TrainingStore::course)
			.list();
	}

	long insertSession(Course course, String regionCode, NewSession s) {
		return jdbc.sql("""
				insert into training.session (course_id, base_id, region_code, day, starts_at, ends_at, capacity,
				       location, instructor) values (:c, :b, :r, :d, :s, :e, :cap, :l, :i) returning id""")
			.param("c", course.id())
			.param("b", course.baseId())
			.param("r", regionCode)
			.param("d", s.day())
			.param("s", s.startsAt())
			.param("e", s.endsAt())
			.param("cap", s.capacity())
			.param("l", s.location())
			.param("i", s.instructor())
			.query(Long.class)
			.single();
	}

	Optional<TrainingSession> session(long id) {
		return jdbc.sql(SESSION + " where s.id = :id").param("id", id).query(TrainingStore::session).optional();
	}

	List<TrainingSession> sessions(java.util.Collection<Long> ids) {
		return jdbc.sql(SESSION + " where s.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(TrainingStore::session)
			.list();
	}

	List<TrainingSession> sessionsOfBase(long baseId) {
		return jdbc.sql(SESSION + " where s.base_id = :b order by s.day desc, s.starts_at")
			.param("b", baseId)
			.query(TrainingStore::session)
			.list();
	}

	/** Open sessions after today of the given bases, soonest first. */
	List<TrainingSession> upcoming(List<Long> baseIds, LocalDate today) {
		return jdbc
			.sql(SESSION + " where s.base_id = any(:b) and s.day > :t and s.status = 'OPEN'"
					+ " order by s.day, s.starts_at limit 200")
			.param("b", baseIds.toArray(Long[]::new))
			.param("t", today)
			.query(TrainingStore::session)
			.list();
	}

	/**
	 * Takes n places if that many remain: one conditional update, so two schools racing
	 * for the last places are serialised on the session row and the second finds it full.
	 */
	boolean reserve(long sessionId, int n) {
		return jdbc.sql("""
				update training.session set booked = booked + :n
				where id = :id and status = 'OPEN' and booked + :n <= capacity""")
			.param("n", n)
			.param("id", sessionId)
			.update() == 1;
	}

	void release(long sessionId, int n) {
		jdbc.sql("update training.session set booked = booked - :n where id = :id")
			.param("n", n)
			.param("id", sessionId)
			.update();
	}

	long insertBooking(long sessionId, long schoolId, String region, String schoolName, Long classId, String className,
			int students, String leadTeacher, String phone, String by) {
		return jdbc.sql("""
				insert into training.booking (session_id, school_id, region_code, school_name, class_id, class_name,
				       students, lead_teacher, phone, booked_by)
				values (:s, :school, :r, :sn, :c, :cn, :n, :t, :p, :by) returning id""")
			.param("s", sessionId)
			.param("school", schoolId)
			.param("r", region)
			.param("sn", schoolName)
			.param("c", classId)
			.param("cn", className)
			.param("n", students)
			.param("t", leadTeacher)
			.param("p", phone)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	boolean classBooked(long sessionId, long classId) {
		return jdbc
			.sql("""
					select count(*) from training.booking where session_id = :s and class_id = :c and status <> 'CANCELLED'""")
			.param("s", sessionId)
			.param("c", classId)
			.query(Integer.class)
			.single() > 0;
	}

	Optional<Booking> booking(long id) {
		return jdbc.sql(BOOKING + " where id = :id").param("id", id).query(TrainingStore::booking).optional();
	}

	List<Booking> bookingsOfSession(long sessionId) {
		return jdbc.sql(BOOKING + " where session_id = :s order by status, booked_at")
			.param("s", sessionId)
			.query(TrainingStore::booking)
			.list();
	}

	List<Booking> bookingsOfSchool(long schoolId) {
		return jdbc.sql(BOOKING + " where school_id = :s order by booked_at desc limit 500")
			.param("s", schoolId)
			.query(TrainingStore::booking)
			.list();
	}

	/** Bookings of the sessions of bases at or below the prefix, newest first. */
	List<Booking> bookingsOfBasesUnder(String prefix) {
		return jdbc
			.sql(BOOKING + " where session_id in (select id from training.session where region_code like :p"
					+ " || '%') order by booked_at desc limit 500")
			.param("p", prefix)
			.query(TrainingStore::booking)
			.list();
	}

	void cancel(long bookingId) {
		jdbc.sql("update training.booking set status = 'CANCELLED', cancelled_at = now() where id = :id")
			.param("id", bookingId)
			.update();
	}

	void attended(long bookingId, int arrived) {
		jdbc.sql("update training.booking set status = 'ATTENDED', arrived = :a where id = :id")
			.param("a", arrived)
			.param("id", bookingId)
			.update();
	}

	/** Completes the session and numbers the certificates of everyone who attended. */
	void complete(long sessionId, String numberPrefix) {
		jdbc.sql("update training.session set status = 'COMPLETED', completed_at = now() where id = :id")
			.param("id", sessionId)
			.update();
		jdbc.sql("""
				update training.attendee a set certificate_no = :p || lpad(a.id::text, 6, '0')
				from training.booking b where b.id = a.booking_id and b.session_id = :s and b.status = 'ATTENDED'
				  and a.attended""").param("p", numberPrefix).param("s", sessionId).update();
	}

	private static TrainingBase base(ResultSet rs, int n) throws SQLException {
		return new TrainingBase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
	}

	private static Course course(ResultSet rs, int n) throws SQLException {
		return new Course(rs.getLong(1), rs.getLong(2), rs.getString(3), Topic.valueOf(rs.getString(4)),
				rs.getString(5), rs.getInt(6), GradeBand.valueOf(rs.getString(7)), rs.getInt(8));
	}

	private static TrainingSession session(ResultSet rs, int n) throws SQLException {
		return new TrainingSession(rs.getLong(1), rs.getLong(2), rs.getString(3), Topic.valueOf(rs.getString(4)),
				GradeBand.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7), rs.getString(8),
				rs.getObject(9, LocalDate.class), rs.getObject(10, LocalTime.class), rs.getObject(11, LocalTime.class),
				rs.getInt(12), rs.getInt(13), rs.getString(14), rs.getString(15),
				TrainingSession.Status.valueOf(rs.getString(16)));
	}

	private static Booking booking(ResultSet rs, int n) throws SQLException {
		return new Booking(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
				rs.getObject(6, Long.class), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10),
				Booking.Status.valueOf(rs.getString(11)), rs.getObject(12, Integer.class), rs.getString(13),
				rs.getObject(14, OffsetDateTime.class));
	}

}
