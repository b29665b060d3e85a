package cn.xiaoan.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.people.StudentView;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training module's API for bookings: a school books sessions of the bases serving
 * its region for a class or a head count and may cancel until the day before; the base
 * records attendance; certificates follow completion. Every call checks the caller's
 * scope through {@link TrainingAccess}: another school's booking is not found.
 */
@Service
@Transactional(readOnly = true)
public class TrainingBookings {

	private final TrainingStore store;

	private final AttendeeStore attendees;

	private final TrainingAccess access;

	private final SchoolStructure structure;

	private final PeopleManagement people;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingBookings(TrainingStore store, AttendeeStore attendees, TrainingAccess access, SchoolStructure structure,
			PeopleManagement people, OrgManagement org, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.attendees = attendees;
		this.access = access;
		this.structure = structure;
		this.people = people;
		this.org = org;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Books places for a class (its whole roster) or a head count. Places are taken with
	 * a conditional update, so of two schools racing for the last places one wins and the
	 * other is told the session is full.
	 */
	@Transactional
	public Booking book(long sessionId, BookSession command) {
		CurrentUser caller = access.caller().require(Permission.TRAINING_BOOK);
		Long schoolId = command.schoolId() != null ? command.schoolId() : caller.scope().schoolId();
		if (schoolId == null) {
			throw new BusinessRuleViolation("schoolId", "training.error.required");
		}
		SchoolSummary school = org.school(schoolId);
		TrainingSession session = store.session(sessionId)
			.filter(s -> access.serves(store.base(s.baseId()).orElseThrow(), school.regionCode()))
			.orElseThrow(() -> new NotFound("training session", sessionId));
		SchoolClass schoolClass = command.classId() == null ? null
				: structure.schoolClass(command.classId())
					.filter(c -> c.schoolId() == school.id())
					.orElseThrow(() -> new NotFound("class", command.classId()));
		command.validate();
		if (!session.bookableOn(today())) {
			throw new BusinessRuleViolation("sessionId", "training.error.closed");
		}
		List<StudentView> roster = schoolClass == null ? List.of() : roster(school.id(), schoolClass.id());
		if (schoolClass != null && roster.isEmpty()) {
			throw new BusinessRuleViolation("classId", "training.error.class.empty");
		}
		if (schoolClass != null && store.classBooked(sessionId, schoolClass.id())) {
			throw new BusinessRuleViolation("classId", "training.error.class.booked");
		}
		int students = schoolClass == null ? command.students() : roster.size();
		if (!store.reserve(sessionId, students)) {
			throw full(store.session(sessionId).orElseThrow(), schoolClass == null ? "students" : "classId", students);
		}
		long id = store.insertBooking(sessionId, school.id(), school.regionCode(), school.name(),
				schoolClass == null ? null : schoolClass.id(), schoolClass == null ? "" : schoolClass.fullName(),
				students, command.leadTeacher(), command.phone(), caller.displayName());
		roster.forEach(s -> attendees.insertAttendee(id, s.id(), s.name(), false));
		events.publishEvent(EntityChanged.created("training_booking", id, school.regionCode(), school.id(), Map
			.of("sessionId", sessionId, "classId", schoolClass == null ? "" : schoolClass.id(), "students", students)));
		return store.booking(id).orElseThrow();
	}

	/**
	 * Says what happened: the places left against the places asked for, and the places
	 * other bookings took (of whichever school), never a guess at who is to blame.
	 */
	private static BusinessRuleViolation full(TrainingSession now, String field, int asked) {
		String key = "training.error.full." + (field.equals("classId") ? "class" : "count");
		if (now.booked() == 0) {
			return new BusinessRuleViolation(field, key, Math.max(0, now.remaining()), asked);
		}
		return new BusinessRuleViolation(field, key + ".others", Math.max(0, now.remaining()), asked, now.booked(),
				now.capacity());
	}

	private List<StudentView> roster(long schoolId, long classId) {
		List<StudentView> all = new ArrayList<>();
		for (int page = 0;; page++) {
			var found = people.students(schoolId, classId, "", page);
			all.addAll(found.items());
			if (found.items().isEmpty() || all.size() >= found.total()) {
				return all;
			}
		}
	}

	/**
	 * A booking with its session, its students and what the caller may do with it: cancel
	 * (the school or the base, up to the day before), record attendance (the base, from
	 * the session's day until completion), print certificates (once completed).
	 */
	public BookingDetail booking(long id) {
		Booking booking = access.visibleBooking(id);
		CurrentUser caller = Callers.current();
		TrainingSession session = store.session(booking.sessionId()).orElseThrow();
		boolean manages = access.manages(caller, store.base(session.baseId()).orElseThrow());
		boolean mayCancel = manages || (caller.can(Permission.TRAINING_BOOK)
				&& caller.scope().coversSchool(booking.schoolId(), booking.regionCode()));
		return new BookingDetail(booking, session, attendees.attendees(id),
				mayCancel && booking.cancellableOn(today(), session),
				manages && booking.active() && session.attendanceOpenOn(today()),
				session.completed() && booking.status() == Booking.Status.ATTENDED);
	}

	public record BookingDetail(Booking booking, TrainingSession session, List<Attendee> attendees, boolean cancellable,
			boolean attendanceOpen, boolean certified) {
	}

	/**
	 * A session's bookings (all of them for the base, a school's own for a school), each
	 * with its session for the list.
	 */
	public List<LedgerRow> bookings(long sessionId) {
		TrainingSession session = store.session(sessionId)
			.orElseThrow(() -> new NotFound("training session", sessionId));
		boolean manages = access.manages(access.caller(), access.visibleBase(session.baseId()));
		CurrentUser caller = Callers.current();
		return store.bookingsOfSession(sessionId)
			.stream()
			.filter(b -> manages || caller.scope().coversSchool(b.schoolId(), b.regionCode()))
			.map(b -> new LedgerRow(b, session))
			.toList();
	}

	/** The bookings of the caller's school, or of the sessions of the bases it runs. */
	public List<Booking> bookings() {
		CurrentUser caller = access.caller();
		DataScope scope = caller.scope();
		return scope.kind() == DataScope.Kind.SCHOOL ? store.bookingsOfSchool(scope.schoolId())
				: store.bookingsOfBasesUnder(scope.sqlRegionPrefix());
	}

	/** A booking with its session, for every list of bookings and the ledger. */
	public record LedgerRow(Booking booking, TrainingSession session) {

	}

	/**
	 * The bookings the caller sees (a school its own, a bureau those of its bases), with
	 * their sessions; with {@code baseId}, of that base only — a base the caller does not
	 * see is not found.
	 */
	public List<LedgerRow> ledger(Long baseId) {
		if (baseId != null) {
			access.visibleBase(baseId);
		}
		List<Booking> all = bookings();
		Map<Long, TrainingSession> sessions = new java.util.HashMap<>();
		store.sessions(all.stream().map(Booking::sessionId).distinct().toList()).forEach(s -> sessions.put(s.id(), s));
		List<LedgerRow> rows = new ArrayList<>();
		for (Booking b : all) {
			TrainingSession session = sessions.get(b.sessionId());
			if (baseId == null || session.baseId() == baseId) {
				rows.add(new LedgerRow(b, session));
			}
		}
		return rows;
	}

	/** Cancels a booking up to the day before the session and frees its places. */
	@Transactional
	public Booking cancel(long bookingId) {
		Booking booking = access.visibleBooking(bookingId);
		TrainingSession session = store.session(booking.sessionId()).orElseThrow();
		access.requireCancel(booking, session);
		if (!booking.cancellableOn(today(), session)) {
			throw new BusinessRuleViolation("booking",
					booking.active() ? "training.error.cancel.late" : "training.error.cancelled");
		}
		store.cancel(bookingId);
		store.release(session.id(), booking.students());
		events.publishEvent(EntityChanged.updated("training_booking", bookingId, booking.regionCode(),
				booking.schoolId(), Map.of("status", booking.status().name()), Map.of("status", "CANCELLED")));
		return store.booking(bookingId).orElseThrow();
	}

	@Transactional
	public Booking recordAttendance(long bookingId, RecordAttendance command) {
		Booking booking = access.visibleBooking(bookingId);
		TrainingSession session = store.session(booking.sessionId()).orElseThrow();
		access.managedBase(session.baseId());
		if (!booking.active()) {
			throw new BusinessRuleViolation("booking", "training.error.cancelled");
		}
		session.requireAttendanceOpen(today());
		command.validate(booking);
		int arrived;
		if (booking.byClass()) {
			var ids = new HashSet<>(attendees.attendees(bookingId).stream().map(Attendee::id).toList());
			if (!ids.containsAll(command.presentAttendeeIds())) {
				throw new BusinessRuleViolation("presentAttendeeIds", "training.error.attendee");
			}
			attendees.markAttendance(bookingId, command.presentAttendeeIds());
			arrived = new HashSet<>(command.presentAttendeeIds()).size();
		}
		else {
			attendees.removeNamedAttendees(bookingId);
			command.names().forEach(name -> attendees.insertAttendee(bookingId, null, name, true));
			arrived = command.arrived();
		}
		store.attended(bookingId, arrived);
		events
			.publishEvent(EntityChanged.updated("training_booking", bookingId, booking.regionCode(), booking.schoolId(),
					Map.of("arrived", booking.arrived() == null ? "" : booking.arrived()), Map.of("arrived", arrived)));
		return store.booking(bookingId).orElseThrow();
	}

	/** Certificates of a booking's attending students, or of one of them. */
	public List<Certificate> certificates(long bookingId, Long attendeeId) {
		Booking booking = access.visibleBooking(bookingId);
		TrainingSession session = store.session(booking.sessionId()).orElseThrow();
		if (!session.completed()) {
			throw new BusinessRuleViolation("booking", "training.error.certificate.notyet");
		}
		int minutes = store.course(session.courseId()).orElseThrow().durationMinutes();
		List<Certificate> certificates = attendees.attendees(bookingId)
			.stream()
			.filter(a -> a.certificateNo() != null && (attendeeId == null || a.id() == attendeeId))
			.map(a -> new Certificate(a.certificateNo(), a.name(), booking.schoolName(), session.courseTitle(), minutes,
					session.day(), session.baseName()))
			.toList();
		if (attendeeId != null && certificates.isEmpty()) {
			throw new NotFound("certificate", attendeeId);
		}
		return certificates;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
