package cn.xiaoan.surroundings;

import java.io.IOException;

import cn.xiaoan.shared.Callers;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The check form a phone keeps offline (ADR 0048). The page lives under
 * {@code /surroundings/checks/} with its own service worker there, so it does not replace
 * the check-in page's worker of {@code /surroundings/} (one registration per scope).
 */
@Controller
@RequestMapping("/surroundings/checks")
class CheckController {

	private final CheckManagement checks;

	private final SurroundingsManagement register;

	CheckController(CheckManagement checks, SurroundingsManagement register) {
		this.checks = checks;
		this.register = register;
	}

	@GetMapping("/form")
	String page(Model model) {
		Callers.current().require(SurroundingsPermissions.REPORT);
		// the school is picked by fragments/school-picker
		model.addAttribute("venues", checks.venues());
		model.addAttribute("outcomes", CheckOutcome.values());
		model.addAttribute("kinds", VenueKind.values());
		model.addAttribute("mine", checks.checks(20));
		return "surroundings/check";
	}

	@GetMapping("/offline-sw.js")
	String serviceWorker() {
		Callers.current().require(SurroundingsPermissions.REPORT);
		return "forward:/js/offline-sw.js";
	}

	/** The form's plain submission when scripts are off. */
	@PostMapping
	String record(@Valid @ModelAttribute RecordCheck command,
			@RequestParam(name = "photo", required = false) MultipartFile photo, RedirectAttributes redirect)
			throws IOException {
		checks.record(command, GuardPostController.photo(photo));
		redirect.addFlashAttribute("message", "surroundings.check.recorded");
		return "redirect:/surroundings/checks/form";
	}

}
