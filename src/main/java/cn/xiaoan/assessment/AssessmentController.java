package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The schemes a bureau sees, a scheme's indicators, defining and adapting one. */
@Controller
@RequestMapping("/assessment")
class AssessmentController {

	private final AssessmentManagement schemes;

	private final Clock clock;

	AssessmentController(AssessmentManagement schemes, Clock clock) {
		this.schemes = schemes;
		this.clock = clock;
	}

	@GetMapping
	String schemes(Model model) {
		model.addAttribute("schemes", schemes.schemes());
		model.addAttribute("year", LocalDate.now(clock).getYear());
		return "assessment/schemes";
	}

	@PostMapping("/schemes")
	String define(@Valid DefineScheme command, RedirectAttributes redirect) {
		long id = schemes.define(command);
		redirect.addFlashAttribute("message", "assessment.scheme.defined");
		return "redirect:/assessment/schemes/" + id;
	}

	@GetMapping("/schemes/{id}")
	String scheme(@PathVariable long id, Model model) {
		SchemeView scheme = schemes.scheme(id);
		model.addAttribute("scheme", scheme);
		model.addAttribute("owns", schemes.owns(scheme));
		model.addAttribute("kinds", IndicatorKind.values());
		model.addAttribute("period", AssessmentPeriod.quarterOf(LocalDate.now(clock)));
		return "assessment/scheme";
	}

	@PostMapping("/schemes/{id}/indicators")
	String addIndicator(@PathVariable long id, @Valid AddIndicator command, RedirectAttributes redirect) {
		schemes.addIndicator(id, command);
		redirect.addFlashAttribute("message", "assessment.indicator.added");
		return "redirect:/assessment/schemes/" + id;
	}

	@PostMapping("/schemes/{id}/indicators/{indicatorId}/delete")
	String removeIndicator(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
		schemes.removeIndicator(id, indicatorId);
		redirect.addFlashAttribute("message", "assessment.indicator.removed");
		return "redirect:/assessment/schemes/" + id;
	}

	@PostMapping("/schemes/{id}/adapt")
	String adapt(@PathVariable long id, @RequestParam(required = false) String name, RedirectAttributes redirect) {
		long copy = schemes.adapt(id, name);
		redirect.addFlashAttribute("message", "assessment.scheme.adapted");
		return "redirect:/assessment/schemes/" + copy;
	}

}
