package cn.xiaoan.institutions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The black and white lists as the schools and families of a county read them, and the
 * county's act of publishing the next version.
 */
@Controller
@RequestMapping("/institutions/lists")
class ListsController {

	private final InstitutionsManagement institutions;

	ListsController(InstitutionsManagement institutions) {
		this.institutions = institutions;
	}

	@GetMapping
	String lists(@RequestParam(required = false) String county, Model model) {
		model.addAttribute("list", institutions.published(county).orElse(null));
		model.addAttribute("counties", institutions.publishingCounties());
		model.addAttribute("mayPublish", institutions.mayPublish());
		return "institutions/lists";
	}

	@PostMapping
	String publish(@RequestParam(required = false) String county, RedirectAttributes redirect) {
		PublishedList list = institutions.publish(county);
		redirect.addFlashAttribute("message", "institutions.published");
		return "redirect:/institutions/lists?county=" + list.countyCode();
	}

}
