package cn.xiaoan.schoolbus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Permit applications: the list, one application's clock and each party's step. */
@Controller
@RequestMapping("/school-bus-permits")
class SchoolBusPermitController {

	private final Permits permits;

	private final Fleet fleet;

	SchoolBusPermitController(Permits permits, Fleet fleet) {
		this.permits = permits;
		this.fleet = fleet;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("permits", permits.permits());
		boolean manages = fleet.mayManage();
		model.addAttribute("mayApply", manages);
		model.addAttribute("vehicles", manages ? fleet.vehicles() : java.util.List.of());
		return "schoolbus/permits";
	}

	@PostMapping
	String apply(@RequestParam long vehicleId, @RequestParam String applicant, RedirectAttributes redirect) {
		long id = permits.apply(vehicleId, applicant);
		redirect.addFlashAttribute("message", "schoolbus.permit.applied");
		return "redirect:/school-bus-permits/" + id;
	}

	@GetMapping("/{id}")
	String permit(@PathVariable long id, Model model) {
		PermitView permit = permits.permit(id);
		model.addAttribute("permit", permit);
		model.addAttribute("next", permits.nextStepFor(permit));
		return "schoolbus/permit";
	}

	@PostMapping("/{id}/forward")
	String forward(@PathVariable long id, RedirectAttributes redirect) {
		permits.forward(id);
		return done(id, redirect);
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam boolean agrees, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		permits.answer(id, agrees, note);
		return done(id, redirect);
	}

	@PostMapping("/{id}/opine")
	String opine(@PathVariable long id, @RequestParam boolean agrees, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		permits.opine(id, agrees, note);
		return done(id, redirect);
	}

	@PostMapping("/{id}/decide")
	String decide(@PathVariable long id, @RequestParam boolean agrees, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		permits.decide(id, agrees, note);
		return done(id, redirect);
	}

	private static String done(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "schoolbus.permit.stepDone");
		return "redirect:/school-bus-permits/" + id;
	}

}
