package cn.xiaoan.people;

import java.util.List;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The classes a staff member teaches, chosen on a page reached from the staff list. */
@Controller
class TeachingClassController {

	private final TeachingClasses teaching;

	TeachingClassController(TeachingClasses teaching) {
		this.teaching = teaching;
	}

	@GetMapping("/staff/{id}/classes")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("assignment", teaching.of(id));
		model.addAttribute("canEdit", Callers.current().can(Permission.PEOPLE_EDIT));
		return "people/teaching-classes";
	}

	@PostMapping("/staff/{id}/classes")
	String save(@PathVariable long id, @RequestParam(name = "classIds", required = false) List<Long> classIds) {
		teaching.assign(id, classIds == null ? List.of() : classIds);
		return "redirect:/staff/" + id + "/classes?saved";
	}

}
