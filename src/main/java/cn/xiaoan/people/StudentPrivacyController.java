package cn.xiaoan.people;

import cn.xiaoan.shared.DownloadName;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of a student's personal data: the reveal button on the student page, and the
 * transfer requests a school answers when another school enrols one of its students.
 */
@Controller
class StudentPrivacyController {

	private final StudentReveal reveal;

	private final StudentClaims claims;

	private final OrgManagement org;

	private final MessageSource messages;

	private final StudentRetention retention;

	private final GuardianConsents consents;

	private final StudentDataExport export;

	private final java.time.Clock clock;

	StudentPrivacyController(StudentReveal reveal, StudentClaims claims, OrgManagement org, MessageSource messages,
			StudentRetention retention, GuardianConsents consents, StudentDataExport export, java.time.Clock clock) {
		this.clock = clock;
		this.retention = retention;
		this.consents = consents;
		this.export = export;
		this.reveal = reveal;
		this.claims = claims;
		this.org = org;
		this.messages = messages;
	}

	/** htmx: swaps the masked value for the revealed one. */
	@PostMapping("/students/{id}/reveal")
	String reveal(@PathVariable long id, @RequestParam String field, Model model) {
		String purpose = messages.getMessage("reveal.purpose." + field, null, "", LocaleContextHolder.getLocale());
		model.addAttribute("revealed", reveal.reveal(id, new RevealRequest(Set.of(field), purpose)));
		return "people/student-reveal :: " + (StudentReveal.ID_CARD.equals(field) ? "idCard" : "phones");
	}

	@GetMapping("/schools/{id}/student-transfers")
	String transfers(@PathVariable long id, Model model) {
		SchoolSummary school = org.school(id);
		model.addAttribute("school", school);
		model.addAttribute("requests", claims.requestsTo(id, school.regionCode()));
		return "people/student-transfers";
	}

	@PostMapping("/student-transfers/{id}/{answer:accept|refuse}")
	String answer(@PathVariable long id, @PathVariable String answer, @RequestParam long schoolId) {
		claims.answer(id, "accept".equals(answer));
		return "redirect:/schools/" + schoolId + "/student-transfers?saved";
	}

	@PostMapping("/students/{id}/leave")
	String leave(@PathVariable long id, @RequestParam String reason) {
		retention.leave(id, reason);
		return "redirect:/students/" + id + "?saved";
	}

	@PostMapping("/students/{id}/anonymise")
	String anonymise(@PathVariable long id) {
		retention.anonymiseOnRequest(id);
		return "redirect:/students/" + id + "?saved";
	}

	/** The school records a guardian's signed paper consent form. */
	@PostMapping("/students/{id}/consent")
	String paperConsent(@PathVariable long id, @RequestParam String guardian, @RequestParam String relation) {
		consents.recordPaperForm(id, guardian, relation);
		return "redirect:/students/" + id + "?saved";
	}

	/** A parent gives or withdraws consent in the app. */
	@PostMapping("/me/students/{id}/consent")
	String parentConsent(@PathVariable long id, @RequestParam boolean given) {
		consents.parentAnswers(id, given);
		return "redirect:/me";
	}

	/** One student's data as a file (PIPL Art. 45). */
	@GetMapping(value = "/students/{id}/personal-data", produces = "application/json")
	ResponseEntity<Map<String, Object>> personalData(@PathVariable long id) {
		Map<String, Object> data = export.export(id);
		return ResponseEntity.ok()
			.header("Content-Disposition", DownloadName.of(org.callerUnitName(), "学生个人信息", clock, ".json").attachment())
			.body(data);
	}

}
