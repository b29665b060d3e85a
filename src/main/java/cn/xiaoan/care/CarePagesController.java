package cn.xiaoan.care;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Role;
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
 * The care lists: my paired students, overdue follow-ups, the school's classes and
 * counsellors, a class's pairing page and the counts. (A student's file is
 * {@link CareFileController}'s.)
 */
@Controller
@RequestMapping("/care")
class CarePagesController {

	private final CareBoard board;

	private final CareFigures figures;

	private final CareCounsellors counsellors;

	private final CareManagement care;

	private final CareAccess access;

	CarePagesController(CareBoard board, CareFigures figures, CareCounsellors counsellors, CareManagement care,
			CareAccess access) {
		this.board = board;
		this.figures = figures;
		this.counsellors = counsellors;
		this.care = care;
		this.access = access;
	}

	@GetMapping("/mine")
	String mine(Model model) {
		CurrentUser me = Callers.current();
		model.addAttribute("students", board.mine());
		model.addAttribute("ledClass", access.ledClass(me).orElse(null));
		model.addAttribute("overdueCount", board.overdue().size());
		return "care/mine";
	}

	@GetMapping("/overdue")
	String overdue(Model model) {
		model.addAttribute("students", board.overdue());
		return "care/overdue";
	}

	@GetMapping("/school")
	String school(Model model) {
		CurrentUser me = Callers.current();
		model.addAttribute("classes", board.classes());
		model.addAttribute("counts", figures.overview(null).total());
		model.addAttribute("counsellors", counsellors.ofMySchool());
		if (me.role() == Role.PRINCIPAL) {
			model.addAttribute("staff", access.colleaguesOf(me.scope().schoolId()));
		}
		return "care/school";
	}

	@GetMapping("/classes/{id}")
	String classPage(@PathVariable long id, Model model) {
		model.addAttribute("page", board.classPage(id));
		return "care/class";
	}

	@PostMapping("/classes/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		int paired = care.confirmSuggestions(id);
		redirect.addFlashAttribute("message", "care.confirmed");
		redirect.addFlashAttribute("messageArg", paired);
		return "redirect:/care/classes/" + id;
	}

	@GetMapping("/overview")
	String overview(@RequestParam(required = false) String region, Model model) {
		model.addAttribute("overview", figures.overview(region));
		return "care/overview";
	}

	@PostMapping("/counsellors")
	String nameCounsellor(@Valid NameCounsellor command, RedirectAttributes redirect) {
		counsellors.name(command);
		redirect.addFlashAttribute("message", "care.counsellor.named");
		return "redirect:/care/school";
	}

	@PostMapping("/counsellors/{staffId}/remove")
	String removeCounsellor(@PathVariable long staffId, RedirectAttributes redirect) {
		counsellors.remove(staffId);
		redirect.addFlashAttribute("message", "care.counsellor.removed");
		return "redirect:/care/school";
	}

}
