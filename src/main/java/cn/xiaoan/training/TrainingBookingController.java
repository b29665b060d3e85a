package cn.xiaoan.training;

import java.util.List;
import java.util.Map;

import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A session with its booking form, a booking with attendance, and certificates. */
@Controller
class TrainingBookingController {

	private final TrainingManagement training;

	private final TrainingBookings bookings;

	private final SchoolStructure structure;

	private final Certificates certificates;

	TrainingBookingController(TrainingManagement training, TrainingBookings bookings, SchoolStructure structure,
			Certificates certificates) {
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
			model.addAttribute("classes", structure.classes(scope.schoolId()));
		}
		if (!model.containsAttribute("bookForm")) {
			model.addAttribute("bookForm", Map.of("mode", "class"));
		}
		return "training/session";
	}

	@PostMapping("/training/sessions/{id}/bookings")
	String book(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		boolean byClass = !"count".equals(form.get("mode"));
		Integer classId = byClass ? TrainingController.number(form.get("classId")) : null;
		if (byClass && classId == null) {
			TrainingController.errors(model, "bookErrors", Map.of("classId", "training.error.required"), response);
			model.addAttribute("bookForm", form);
			return session(id, model);
		}
		BookSession command = new BookSession(null, classId == null ? null : classId.longValue(),
				byClass ? null : TrainingController.number(form.get("students")), form.get("leadTeacher"),
				form.get("phone"));
		try {
			return "redirect:/training/bookings/" + bookings.book(id, command).id() + "?booked";
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("bookForm", form);
			TrainingController.errors(model, "bookErrors", ex.fieldErrors(), response);
			return session(id, model);
		}
	}

	@PostMapping("/training/sessions/{id}/completion")
	String complete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			training.complete(id);
			return "redirect:/training/sessions/" + id + "?completed";
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("problems", ex.fieldErrors().values());
			return "redirect:/training/sessions/" + id;
		}
	}

	@GetMapping("/training/bookings")
	String list(Model model) {
		model.addAttribute("bookings", bookings.bookings());
		return "training/bookings";
	}

	@GetMapping("/training/bookings/{id}")
	String booking(@PathVariable long id, Model model) {
		model.addAttribute("detail", bookings.booking(id));
		return "training/booking";
	}

	@PostMapping("/training/bookings/{id}/cancellation")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		try {
			bookings.cancel(id);
			return "redirect:/training/bookings/" + id + "?cancelled";
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("problems", ex.fieldErrors().values());
			return "redirect:/training/bookings/" + id;
		}
	}

	@PostMapping("/training/bookings/{id}/attendance")
	String attendance(@PathVariable long id, @RequestParam(required = false) List<Long> present,
			@RequestParam(defaultValue = "") String arrived, @RequestParam(defaultValue = "") String names,
			RedirectAttributes redirect) {
		try {
			bookings.recordAttendance(id, new RecordAttendance(present, TrainingController.number(arrived),
					List.of(names.split("[\\r\\n,，、]+"))));
			return "redirect:/training/bookings/" + id + "?recorded";
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("problems", ex.fieldErrors().values());
			return "redirect:/training/bookings/" + id;
		}
	}

	@GetMapping("/training/bookings/{id}/certificates.pdf")
	ResponseEntity<byte[]> certificates(@PathVariable long id) {
		return pdf("certificates-" + id + ".pdf", bookings.certificates(id, null));
	}

	@GetMapping("/training/bookings/{id}/attendees/{attendee}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long attendee) {
		return pdf("certificate-" + attendee + ".pdf", bookings.certificates(id, attendee));
	}

	/** A rule broken by a link (certificates before completion): the page's 400. */
	@ExceptionHandler(BusinessRuleViolation.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid() {
		return "error/400";
	}

	private ResponseEntity<byte[]> pdf(String filename, List<Certificate> list) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(certificates.render(list, LocaleContextHolder.getLocale()));
	}

}
