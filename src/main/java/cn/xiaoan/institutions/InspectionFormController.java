package cn.xiaoan.institutions;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspection form on a phone: every check item with its basis, passed or failed with
 * a note and a photo, then the outcome. With scripts on, the phone keeps the form and its
 * queue offline (ADR 0048, {@link InstitutionInspectionOfflineController}).
 */
@Controller
@RequestMapping("/institutions")
class InspectionFormController {

	private final InstitutionsManagement institutions;

	private final InstitutionChecks checks;

	private final java.time.Clock clock;

	InspectionFormController(InstitutionsManagement institutions, InstitutionChecks checks, java.time.Clock clock) {
		this.institutions = institutions;
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping("/{id}/inspect")
	String form(@PathVariable long id, Model model) {
		InstitutionDetail detail = institutions.detail(id);
		if (!detail.editable()) {
			throw new AccessDenied("inspections are recorded by the institution's county and township");
		}
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("detail", detail);
		model.addAttribute("items", institutions.checklist());
		model.addAttribute("today", today);
		model.addAttribute("defaultDeadline", checks.defaultDeadline(id, today));
		model.addAttribute("outcomes",
				detail.mayBan() ? Outcome.values() : new Outcome[] { Outcome.COMPLIANT, Outcome.RECTIFY });
		// the page itself is kept by the service worker, so it opens again without signal
		model.addAttribute("offlineUrls",
				"/institutions/" + id + "/inspect " + InstitutionInspectionOfflineController.ASSETS);
		return "institutions/inspect";
	}

	@PostMapping("/{id}/inspections")
	String inspect(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletRequest request,
			RedirectAttributes redirect) throws IOException {
		checks.inspect(id, command(institutions.checklist(), params, request));
		redirect.addFlashAttribute("message", "institutions.inspected");
		return "redirect:/institutions/" + id;
	}

	/**
	 * The form's fields as an inspection: {@code answer-<item>} pass or fail,
	 * {@code note-<item>}, {@code photo-<item>}, the outcome and what it needs. The
	 * phone's offline copy sends the same fields (ADR 0048).
	 */
	static InspectInstitution command(List<CheckItem> items, Map<String, String> params, HttpServletRequest request)
			throws IOException {
		// the multipart request may sit under the security filters' wrappers
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		List<InspectInstitution.Answer> answers = new ArrayList<>();
		for (CheckItem item : items) {
			String result = params.get("answer-" + item.id());
			if (result == null) {
				throw new BusinessRuleViolation("answer-" + item.id(), "institutions.error.answers");
			}
			MultipartFile photo = multipart == null ? null : multipart.getFile("photo-" + item.id());
			boolean hasPhoto = photo != null && !photo.isEmpty();
			answers.add(new InspectInstitution.Answer(item.id(), "pass".equals(result), params.get("note-" + item.id()),
					hasPhoto ? photo.getBytes() : null, hasPhoto ? photo.getOriginalFilename() : null));
		}
		Outcome outcome;
		try {
			outcome = Outcome.valueOf(params.getOrDefault("outcome", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleViolation("outcome", "institutions.error.outcome");
		}
		InspectInstitution command = new InspectInstitution(date(params.get("inspectedOn"), "inspectedOn"), outcome,
				blank(params.get("deadline")) ? null : date(params.get("deadline"), "deadline"), params.get("note"),
				answers, integer(params.get("students")), decimal(params.get("feesToRefund")));
		if (command.inspectedOn() == null) {
			throw new BusinessRuleViolation("inspectedOn", "institutions.error.date");
		}
		if (command.note().length() > 500) {
			throw new BusinessRuleViolation("note", "institutions.error.note");
		}
		return command;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static LocalDate date(String text, String field) {
		try {
			return blank(text) ? null : LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessRuleViolation(field, "institutions.error.date");
		}
	}

	private static Integer integer(String text) {
		try {
			return blank(text) ? null : Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleViolation("students", "institutions.error.students");
		}
	}

	private static BigDecimal decimal(String text) {
		try {
			return blank(text) ? null : new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleViolation("feesToRefund", "institutions.error.fees");
		}
	}

}
