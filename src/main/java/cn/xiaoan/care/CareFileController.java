package cn.xiaoan.care;

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
 * A student's care file (the path says "pupils": "students" is the roll's) and a visit's
 * content, for the confidential circle; pairing from the class page.
 */
@Controller
@RequestMapping("/care")
class CareFileController {

	private final CareManagement care;

	CareFileController(CareManagement care) {
		this.care = care;
	}

	@GetMapping("/pupils/{id}")
	String file(@PathVariable long id, Model model) {
		model.addAttribute("file", care.file(id));
		model.addAttribute("forms", CareForm.values());
		model.addAttribute("flags", RiskFlag.values());
		return "care/file";
	}

	@PostMapping("/pupils/{id}/visits")
	String record(@PathVariable long id, @Valid RecordVisit command, RedirectAttributes redirect) {
		care.record(id, command);
		redirect.addFlashAttribute("message", "care.visit.recorded");
		return "redirect:/care/pupils/" + id;
	}

	@PostMapping("/pupils/{id}/flags")
	String flag(@PathVariable long id, @Valid FlagStudent command, RedirectAttributes redirect) {
		care.flag(id, command);
		redirect.addFlashAttribute("message", "care.flag.set");
		return "redirect:/care/pupils/" + id;
	}

	@PostMapping("/pupils/{id}/flags/{flag}/clear")
	String clear(@PathVariable long id, @PathVariable RiskFlag flag, RedirectAttributes redirect) {
		care.clearFlag(id, flag);
		redirect.addFlashAttribute("message", "care.flag.cleared");
		return "redirect:/care/pupils/" + id;
	}

	/** From the class page (back to it) or the file. */
	@PostMapping("/pupils/{id}/pair")
	String pair(@PathVariable long id, @Valid PairStudent command, @RequestParam(required = false) Long classId,
			RedirectAttributes redirect) {
		care.pair(id, command);
		redirect.addFlashAttribute("message", "care.paired");
		return classId != null ? "redirect:/care/classes/" + classId + "#student-" + id : "redirect:/care/pupils/" + id;
	}

	@GetMapping("/visits/{id}")
	String visit(@PathVariable long id, Model model) {
		model.addAttribute("visit", care.visit(id));
		return "care/visit";
	}

}
