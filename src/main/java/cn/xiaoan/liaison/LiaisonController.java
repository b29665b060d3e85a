package cn.xiaoan.liaison;

import java.util.List;

import cn.xiaoan.shared.Callers;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The liaison overview with its figures, and the 法治副校长 pages: the register (a school's
 * own card, a bureau's schools), the appointment form, an appointment with its duties.
 */
@Controller
@RequestMapping("/liaison")
class LiaisonController {

	private final LiaisonManagement liaison;

	LiaisonController(LiaisonManagement liaison) {
		this.liaison = liaison;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("overview", liaison.overview());
		model.addAttribute("states", ClueState.values());
		model.addAttribute("categories", ClueCategory.values());
		return "liaison/overview";
	}

	/** The register; {@code show} = without (no current one) or expiring. */
	@GetMapping("/deputies")
	String register(@RequestParam(required = false) String show, Model model) {
		List<SchoolDeputy> rows = liaison.register();
		if ("without".equals(show)) {
			rows = rows.stream().filter(r -> !r.hasCurrent()).toList();
		}
		else if ("expiring".equals(show)) {
			rows = rows.stream()
				.filter(r -> r.deputy() != null && r.deputy().status() == DeputyStatus.EXPIRING)
				.toList();
		}
		model.addAttribute("rows", rows);
		model.addAttribute("show", "without".equals(show) || "expiring".equals(show) ? show : null);
		model.addAttribute("keeps", LiaisonManagement.keeps(Callers.current()));
		return "liaison/deputies";
	}

	@GetMapping("/deputies/new")
	String form(@RequestParam(required = false) Long school, Model model) {
		LiaisonManagement.requireKeeper(Callers.current());
		// a bureau picks the school by fragments/school-picker
		model.addAttribute("school", school);
		return "liaison/deputy-form";
	}

	@PostMapping("/deputies")
	String appoint(@Valid AppointDeputy command, RedirectAttributes redirect) {
		DeputyView deputy = liaison.appoint(command);
		redirect.addFlashAttribute("message", "liaison.deputy.appointed");
		return "redirect:/liaison/deputies/" + deputy.id();
	}

	@GetMapping("/deputies/{id}")
	String deputy(@PathVariable long id, Model model) {
		model.addAttribute("detail", liaison.deputy(id));
		model.addAttribute("kinds", DutyKind.values());
		return "liaison/deputy";
	}

	@PostMapping("/deputies/{id}/duties")
	String duty(@PathVariable long id, @Valid LogDuty duty, RedirectAttributes redirect) {
		liaison.logDuty(id, duty);
		redirect.addFlashAttribute("message", "liaison.duty.logged");
		return "redirect:/liaison/deputies/" + id;
	}

}
