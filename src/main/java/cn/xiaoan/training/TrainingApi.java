package cn.xiaoan.training;

import cn.xiaoan.shared.DownloadName;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the training bases: catalogue, sessions, bookings, attendance. */
@RestController
@RequestMapping("/api/v1/training")
class TrainingApi {

	private final TrainingManagement training;

	private final TrainingBookings bookings;

	private final Certificates certificates;

	private final java.time.Clock clock;

	TrainingApi(TrainingManagement training, TrainingBookings bookings, Certificates certificates,
			java.time.Clock clock) {
		this.clock = clock;
		this.training = training;
		this.bookings = bookings;
		this.certificates = certificates;
	}

	@GetMapping("/bases")
	List<TrainingBase> bases() {
		return training.bases();
	}

	@PostMapping("/bases")
	@ResponseStatus(HttpStatus.CREATED)
	TrainingBase openBase(@RequestBody NewBase base) {
		return training.openBase(base);
	}

	@GetMapping("/bases/{id}")
	TrainingBase base(@PathVariable long id) {
		return training.base(id);
	}

	@GetMapping("/bases/{id}/courses")
	List<Course> courses(@PathVariable long id) {
		return training.courses(id);
	}

	@PostMapping("/bases/{id}/courses")
	@ResponseStatus(HttpStatus.CREATED)
	Course addCourse(@PathVariable long id, @RequestBody NewCourse course) {
		return training.addCourse(id, course);
	}

	@GetMapping("/bases/{id}/sessions")
	List<TrainingSession> sessionsOfBase(@PathVariable long id) {
		return training.sessionsOfBase(id);
	}

	@PostMapping("/courses/{id}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	TrainingSession schedule(@PathVariable long id, @RequestBody NewSession session) {
		return training.schedule(id, session);
	}

	/** Upcoming open sessions with remaining places. */
	@GetMapping("/sessions")
	List<TrainingSession> upcoming() {
		return training.upcoming();
	}

	@GetMapping("/sessions/{id}")
	TrainingSession session(@PathVariable long id) {
		return training.session(id);
	}

	@GetMapping("/sessions/{id}/bookings")
	List<Booking> sessionBookings(@PathVariable long id) {
		return bookings.bookings(id).stream().map(TrainingBookings.LedgerRow::booking).toList();
	}

	@PostMapping("/sessions/{id}/bookings")
	@ResponseStatus(HttpStatus.CREATED)
	Booking book(@PathVariable long id, @RequestBody BookSession booking) {
		return bookings.book(id, booking);
	}

	@PostMapping("/sessions/{id}/completion")
	TrainingSession complete(@PathVariable long id) {
		return training.complete(id);
	}

	@GetMapping("/bookings")
	List<Booking> bookings() {
		return bookings.bookings();
	}

	@GetMapping("/bookings/{id}")
	TrainingBookings.BookingDetail booking(@PathVariable long id) {
		return bookings.booking(id);
	}

	@PostMapping("/bookings/{id}/cancellation")
	Booking cancel(@PathVariable long id) {
		return bookings.cancel(id);
	}

	@PutMapping("/bookings/{id}/attendance")
	Booking attendance(@PathVariable long id, @RequestBody RecordAttendance attendance) {
		return bookings.recordAttendance(id, attendance);
	}

	@GetMapping("/bookings/{id}/certificates")
	List<Certificate> certificates(@PathVariable long id) {
		return bookings.certificates(id, null);
	}

	@GetMapping("/bookings/{id}/certificates.pdf")
	ResponseEntity<byte[]> certificatesPdf(@PathVariable long id) {
		List<Certificate> list = bookings.certificates(id, null);
		byte[] pdf = certificates.render(list, LocaleContextHolder.getLocale());
		DownloadName name = DownloadName.of(list.isEmpty() ? "" : list.get(0).schoolName(), "实训合格证书", clock, ".pdf");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, name.attachment())
			.body(pdf);
	}

	/**
	 * A student's certificates, for the student, a guardian or staff who may see the
	 * student.
	 */
	@GetMapping("/students/{id}/certificates")
	List<Certificate> studentCertificates(@PathVariable long id) {
		return training.certificatesOf(id);
	}

}
