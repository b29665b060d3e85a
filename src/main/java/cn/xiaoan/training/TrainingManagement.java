package cn.xiaoan.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training module's API for bases, courses and sessions ({@link TrainingBookings} for
 * bookings). A bureau (TRAINING_MANAGE) runs the bases of its region; a school
 * (TRAINING_BOOK) sees the bases serving its region and books their sessions. Whatever
 * lies outside the caller's scope is not found; what the caller sees but may not change
 * is refused.
 */
@Service
@Transactional(readOnly = true)
public class TrainingManagement {

	private final TrainingStore store;

	private final TrainingAccess access;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AttendeeStore attendees;

	private final PeopleManagement people;

	TrainingManagement(TrainingStore store, TrainingAccess access, OrgManagement org, ApplicationEventPublisher events,
			Clock clock, AttendeeStore attendees, PeopleManagement people) {
		this.attendees = attendees;
		this.people = people;
		this.store = store;
		this.access = access;
		this.org = org;
		this.events = events;
		this.clock = clock;
	}

	/** The bases the caller runs (bureau) or may book (school). */
	public List<TrainingBase> bases() {
		return access.visibleBases();
	}

	public TrainingBase base(long id) {
		return access.visibleBase(id);
	}

	/** May the caller run this base (for showing forms)? */
	public boolean manages(TrainingBase base) {
		return access.manages(Callers.current(), base);
	}

	@Transactional
	public TrainingBase openBase(NewBase command) {
		CurrentUser caller = access.caller().require(Permission.TRAINING_MANAGE);
		command.validate();
		if (org.region(command.regionCode()).isEmpty()) {
			throw new BusinessRuleViolation("regionCode", "training.error.region");
		}
		if (!caller.scope().coversRegion(command.regionCode())) {
			throw new AccessDenied("region " + command.regionCode() + " is outside the caller's scope");
		}
		long id = store.insertBase(command, caller.username());
		events.publishEvent(EntityChanged.created("training_base", id, command.regionCode(), null,
				Map.of("name", command.name(), "address", command.address())));
		return store.base(id).orElseThrow();
	}

	public List<Course> courses(long baseId) {
		return store.courses(access.visibleBase(baseId).id());
	}

	public Course course(long id) {
		Course course = store.course(id).orElseThrow(() -> new NotFound("course", id));
		access.visibleBase(course.baseId());
		return course;
	}

	@Transactional
	public Course addCourse(long baseId, NewCourse command) {
		TrainingBase base = access.managedBase(baseId);
		command.validate();
		if (store.courseTitleTaken(baseId, command.title())) {
			throw new BusinessRuleViolation("title", "training.error.title.taken");
		}
		long id = store.insertCourse(baseId, command);
		events.publishEvent(EntityChanged.created("training_course", id, base.regionCode(), null,
				Map.of("baseId", baseId, "title", command.title(), "topic", command.topic().name())));
		return store.course(id).orElseThrow();
	}

	@Transactional
	public TrainingSession schedule(long courseId, NewSession command) {
		Course course = store.course(courseId).orElseThrow(() -> new NotFound("course", courseId));
		TrainingBase base = access.managedBase(course.baseId());
		NewSession session = command.withCapacity(course.defaultCapacity());
		session.validate(today());
		long id = store.insertSession(course, base.regionCode(), session);
		events.publishEvent(EntityChanged.created("training_session", id, base.regionCode(), null,
				Map.of("courseId", courseId, "day", session.day().toString(), "capacity", session.capacity())));
		return store.session(id).orElseThrow();
	}

	public List<TrainingSession> sessionsOfBase(long baseId) {
		return store.sessionsOfBase(access.visibleBase(baseId).id());
	}

	/** Open sessions after today of every base the caller sees, with remaining places. */
	public List<TrainingSession> upcoming() {
		List<Long> ids = access.visibleBases().stream().map(TrainingBase::id).toList();
		return ids.isEmpty() ? List.of() : store.upcoming(ids, today());
	}

	/**
	 * A session with what the caller may do: book it (a school, until the day before),
	 * run it (the base's bureau), complete it (from its day on).
	 */
	public SessionDetail sessionDetail(long id) {
		TrainingSession session = session(id);
		CurrentUser caller = Callers.current();
		TrainingBase base = store.base(session.baseId()).orElseThrow();
		boolean manages = access.manages(caller, base);
		return new SessionDetail(session, store.course(session.courseId()).orElseThrow(), base,
				caller.can(Permission.TRAINING_BOOK) && session.bookableOn(today()), manages,
				manages && session.attendanceOpenOn(today()));
	}

	public record SessionDetail(TrainingSession session, Course course, TrainingBase base, boolean bookable,
			boolean manageable, boolean attendanceOpen) {
	}

	public TrainingSession session(long id) {
		TrainingSession session = store.session(id).orElseThrow(() -> new NotFound("training session", id));
		access.visibleBase(session.baseId());
		return session;
	}

	/** Closes the session once every booking's attendance is in; numbers certificates. */
	@Transactional
	public TrainingSession complete(long sessionId) {
		TrainingSession session = session(sessionId);
		TrainingBase base = access.managedBase(session.baseId());
		session.requireAttendanceOpen(today());
		if (store.bookingsOfSession(sessionId).stream().anyMatch(b -> b.status() == Booking.Status.BOOKED)) {
			throw new BusinessRuleViolation("bookings", "training.error.attendance.missing");
		}
		store.complete(sessionId,
				base.regionCode() + "-" + session.day().format(DateTimeFormatter.BASIC_ISO_DATE) + "-");
		events.publishEvent(EntityChanged.updated("training_session", sessionId, base.regionCode(), null,
				Map.of("status", "OPEN"), Map.of("status", "COMPLETED")));
		return store.session(sessionId).orElseThrow();
	}

	/**
	 * A student's certificates (course, day, base), for the student, a guardian or staff
	 * who may see the student (people's rule); another student is not found.
	 */
	public List<Certificate> certificatesOf(long studentId) {
		people.student(studentId);
		return attendees.certificatesOf(studentId);
	}

	/** One of a student's certificates by its number, under the same rule. */
	public Certificate certificateOf(long studentId, String number) {
		return certificatesOf(studentId).stream()
			.filter(c -> c.number().equals(number))
			.findFirst()
			.orElseThrow(() -> new NotFound("certificate", number));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
