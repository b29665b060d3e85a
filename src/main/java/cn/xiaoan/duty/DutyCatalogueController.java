package cn.xiaoan.duty;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue as the caller's region or school sees it, and its adaptations. */
@Controller
class DutyCatalogueController {

	private final DutyAdaptations adaptations;

	DutyCatalogueController(DutyAdaptations adaptations) {
		this.adaptations = adaptations;
	}

	@GetMapping("/duty/catalogue")
	String catalogue(@RequestParam(defaultValue = "") String target, Model model) {
		DutyAdaptations.Adapted adapted = adaptations.view();
		model.addAttribute("adapted", adapted);
		String chosen = adapted.posts().containsKey(target) || adapted.procedures().containsKey(target) ? target
				: adapted.posts().keySet().stream().findFirst().orElse("");
		model.addAttribute("target", chosen);
		model.addAttribute("post", adapted.posts().get(chosen));
		model.addAttribute("procedure", adapted.procedures().get(chosen));
		return "duty/catalogue";
	}

	@PostMapping("/duty/catalogue/adaptations")
	String adapt(@RequestParam(defaultValue = "") String targetKind, @RequestParam(defaultValue = "") String targetCode,
			@RequestParam(defaultValue = "") String action, @RequestParam(required = false) String itemKey,
			@RequestParam(required = false) String text) {
		adaptations.adapt(targetKind, targetCode, action, itemKey, text);
		return "redirect:/duty/catalogue?target="
				+ java.net.URLEncoder.encode(targetCode, java.nio.charset.StandardCharsets.UTF_8);
	}

	@PostMapping("/duty/catalogue/adaptations/{id}/delete")
	String withdraw(@PathVariable long id) {
		adaptations.withdraw(id);
		return "redirect:/duty/catalogue";
	}

}
