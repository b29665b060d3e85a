package cn.xiaoan.people;

import java.util.Set;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	StudentPrivacyController(StudentReveal reveal, StudentClaims claims, OrgManagement org, MessageSource messages) {
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

}
