package cn.xiaoan.bullying;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A party's family (or the student) follows their case and appeals (ADR 0045). */
@Controller
@RequestMapping("/bullying/family")
class BullyingFamilyController {

	private final BullyingFamilies families;

	BullyingFamilyController(BullyingFamilies families) {
		this.families = families;
	}

	@GetMapping
	String cases(Model model) {
		model.addAttribute("cases", families.myCases());
		return "bullying/family";
	}

	@PostMapping("/cases/{id}/appeal")
	String appeal(@PathVariable long id, @Valid FamilyAppeal command, RedirectAttributes redirect) {
		families.appeal(id, command);
		redirect.addFlashAttribute("message", "bullying.family.appealed");
		return "redirect:/bullying/family";
	}

}
