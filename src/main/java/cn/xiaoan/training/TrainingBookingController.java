package cn.xiaoan.training;

import cn.xiaoan.shared.DownloadName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A session with its booking form, a booking with attendance, and certificates. */
@Controller
class TrainingBookingController {

	private final TrainingManagement training;

	private final TrainingBookings bookings;

	private final SchoolStructure structure;

	private final Certificates certificates;

	private final java.time.Clock clock;

	TrainingBookingController(TrainingManagement training, TrainingBookings bookings, SchoolStructure structure,
			Certificates certificates, java.time.Clock clock) {
		this.clock = clock;
		this.training = training;
		this.bookings = bookings;
		this.structure = structure;
		this.certificates = certificates;
	}

	@GetMapping("/training/sessions/{id}")
	String session(@PathVariable long id, Model model) {
		TrainingManagement.SessionDetail detail = training.sessionDetail(id);
		model.addAttribute("detail", detail);
		model.addAttribute("s", detail.session());
		model.addAttribute("bookings", bookings.bookings(id));
		DataScope scope = Callers.current().scope();
		if (detail.bookable() && scope.kind() == DataScope.Kind.SCHOOL) {
			Map<Long, String> classes = new LinkedHashMap<>();
			structure.classes(scope.schoolId()).forEach(c -> classes.put(c.id(), c.fullName()));
			model.addAttribute("classes", classes);
		}
		return "training/session";
	}

	/**
	 * A refused booking goes back to the session with every error and what was typed
	 * (platform's page error handler), as do the refusals below.
	 */
	@PostMapping("/training/sessions/{id}/bookings")
	String book(@PathVariable long id, @Valid BookingForm form) {
		return "redirect:/training/bookings/" + bookings.book(id, form.command()).id() + "?booked";
	}

	@PostMapping("/training/sessions/{id}/completion")
	String complete(@PathVariable long id) {
		training.complete(id);
		return "redirect:/training/sessions/" + id + "?completed";
	}

	@GetMapping("/training/bookings")
	String list(Model model) {
		model.addAttribute("bookings", bookings.ledger(null));
		return "training/bookings";
	}

	@GetMapping("/training/bookings/{id}")
	String booking(@PathVariable long id, Model model) {
		model.addAttribute("detail", bookings.booking(id));
		return "training/booking";
	}

	@PostMapping("/training/bookings/{id}/cancellation")
	String cancel(@PathVariable long id) {
		bookings.cancel(id);
		return "redirect:/training/bookings/" + id + "?cancelled";
	}

	@PostMapping("/training/bookings/{id}/attendance")
	String attendance(@PathVariable long id, @Valid AttendanceForm form) {
		bookings.recordAttendance(id, form.command());
		return "redirect:/training/bookings/" + id + "?recorded";
	}

	@GetMapping("/training/bookings/{id}/certificates.pdf")
	ResponseEntity<byte[]> certificates(@PathVariable long id) {
		List<Certificate> list = bookings.certificates(id, null);
		return pdf(list, list.isEmpty() ? "" : list.get(0).schoolName(), "实训合格证书");
	}

	@GetMapping("/training/bookings/{id}/attendees/{attendee}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long attendee) {
		List<Certificate> list = bookings.certificates(id, attendee);
		return pdf(list, list.isEmpty() ? "" : list.get(0).schoolName(),
				"实训合格证书" + (list.isEmpty() ? "" : "-" + list.get(0).studentName()));
	}

	private ResponseEntity<byte[]> pdf(List<Certificate> list, String unit, String title) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.of(unit, title, clock, ".pdf").attachment())
			.body(certificates.render(list, LocaleContextHolder.getLocale()));
	}

}
