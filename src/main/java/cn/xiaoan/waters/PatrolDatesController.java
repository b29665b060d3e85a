package cn.xiaoan.waters;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The key patrol dates page: the dates that hold in the caller's region (its own and
 * those inherited from above) and the form a bureau sets its own with.
 */
@Controller
@RequestMapping("/waters/dates")
class PatrolDatesController {

	private final PatrolManagement patrols;

	PatrolDatesController(PatrolManagement patrols) {
		this.patrols = patrols;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("dates", patrols.dates());
		return "waters/dates";
	}

	@PostMapping
	String set(@Valid SetPatrolDate command, RedirectAttributes redirect) {
		patrols.setDate(command);
		redirect.addFlashAttribute("message", "waters.date.set");
		return "redirect:/waters/dates";
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		patrols.removeDate(id);
		redirect.addFlashAttribute("message", "waters.date.removed");
		return "redirect:/waters/dates";
	}

}
