package cn.xiaoan.people;

import jakarta.validation.Valid;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The school-year page of a school (新学年): the preview and the confirmation. */
@Controller
class SchoolYearController {

	private final SchoolYearOnboarding onboarding;

	private final OrgManagement org;

	SchoolYearController(SchoolYearOnboarding onboarding, OrgManagement org) {
		this.onboarding = onboarding;
		this.org = org;
	}

	@GetMapping("/schools/{id}/school-year")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("preview", onboarding.preview(id));
		model.addAttribute("school", org.school(id));
		return "people/school-year";
	}

	@PostMapping("/schools/{id}/school-year")
	String advance(@PathVariable long id, @Valid AdvanceSchoolYear form,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		if (!confirmed) {
			throw new BusinessRuleViolation("confirmed", "schoolyear.confirm.required");
		}
		SchoolYearOutcome done = onboarding.advance(id, new AdvanceSchoolYear(false, form.newClasses()));
		redirect.addFlashAttribute("done", done);
		return "redirect:/schools/" + id + "/school-year";
	}

}
