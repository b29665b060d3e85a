package cn.xiaoan.institutions;

import java.io.IOException;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the township follows after an inspection: the rectifications to their evidence,
 * the banned institutions' students to their resettlement.
 */
@Controller
@RequestMapping("/institutions")
class WorkController {

	private final InstitutionChecks checks;

	WorkController(InstitutionChecks checks) {
		this.checks = checks;
	}

	@GetMapping("/rectifications")
	String rectifications(@RequestParam(required = false) Boolean overdue, Model model) {
		var all = checks.openRectifications();
		model.addAttribute("rectifications",
				Boolean.TRUE.equals(overdue) ? all.stream().filter(RectificationView::overdue).toList() : all);
		model.addAttribute("overdueOnly", Boolean.TRUE.equals(overdue));
		model.addAttribute("overdueCount", all.stream().filter(RectificationView::overdue).count());
		model.addAttribute("total", all.size());
		return "institutions/rectifications";
	}

	@PostMapping("/rectifications/{rectification}/evidence")
	String evidence(@PathVariable long rectification, @RequestParam(required = false) String evidence,
			@RequestParam(name = "photo", required = false) MultipartFile photo,
			@RequestParam(required = false) String back, RedirectAttributes redirect) throws IOException {
		boolean hasPhoto = photo != null && !photo.isEmpty();
		RectificationView r = checks.submitEvidence(rectification, evidence, hasPhoto ? photo.getBytes() : null,
				hasPhoto ? photo.getOriginalFilename() : null);
		redirect.addFlashAttribute("message", "institutions.evidenceSent");
		return "detail".equals(back) ? "redirect:/institutions/" + r.institutionId()
				: "redirect:/institutions/rectifications";
	}

	@GetMapping("/resettlements")
	String resettlements(Model model) {
		model.addAttribute("bans", checks.openResettlements());
		model.addAttribute("methods", ResettlementMethod.values());
		return "institutions/resettlements";
	}

	@PostMapping("/bans/{ban}/resettlements")
	String addResettlement(@PathVariable long ban, @Valid AddResettlement command,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		BanView view = checks.addResettlement(ban, command);
		redirect.addFlashAttribute("message", "institutions.resettlementAdded");
		return "detail".equals(back) ? "redirect:/institutions/" + view.institutionId()
				: "redirect:/institutions/resettlements";
	}

	@PostMapping("/resettlements/{resettlement}/close")
	String closeResettlement(@PathVariable long resettlement, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		BanView view = checks.closeResettlement(resettlement, outcome);
		redirect.addFlashAttribute("message", view.done() ? "institutions.banDone" : "institutions.resettlementClosed");
		return "detail".equals(back) ? "redirect:/institutions/" + view.institutionId()
				: "redirect:/institutions/resettlements";
	}

}
