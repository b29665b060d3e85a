package cn.xiaoan.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The training landing page, a base with its courses and sessions, and their forms. */
@Controller
class TrainingController {

	private final TrainingManagement training;

	private final TrainingBookings bookings;

	private final OrgManagement org;

	TrainingController(TrainingManagement training, TrainingBookings bookings, OrgManagement org) {
		this.training = training;
		this.bookings = bookings;
		this.org = org;
	}

	@GetMapping("/training")
	String home(Model model) {
		boolean manager = Callers.current().can(Permission.TRAINING_MANAGE);
		model.addAttribute("bases", training.bases());
		model.addAttribute("upcoming", training.upcoming());
		model.addAttribute("bookings", bookings.ledger(null).stream().limit(20).toList());
		model.addAttribute("manager", manager);
		if (manager) {
			Map<String, String> regions = new LinkedHashMap<>();
			org.regionsInScope()
				.stream()
				.filter(r -> !"TOWNSHIP".equals(r.level().name()))
				.forEach(r -> regions.put(r.code(), r.name()));
			model.addAttribute("regionOptions", regions);
		}
		return "training/home";
	}

	/**
	 * A refused base goes back to the form with every error and what was typed
	 * (platform's page error handler).
	 */
	@PostMapping("/training/bases")
	String openBase(@Valid NewBase command) {
		return "redirect:/training/bases/" + training.openBase(command).id() + "?created";
	}

	@GetMapping("/training/bases/{id}")
	String base(@PathVariable long id, Model model) {
		TrainingBase base = training.base(id);
		model.addAttribute("base", base);
		List<Course> courses = training.courses(id);
		Map<Long, String> courseOptions = new LinkedHashMap<>();
		courses.forEach(c -> courseOptions.put(c.id(), c.title()));
		model.addAttribute("courses", courses);
		model.addAttribute("courseOptions", courseOptions);
		model.addAttribute("sessions", training.sessionsOfBase(id));
		model.addAttribute("manageable", training.manages(base));
		model.addAttribute("topics", Topic.values());
		model.addAttribute("bands", GradeBand.values());
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("courseForm", new NewCourse("", Topic.FIRE, "", 90, GradeBand.ALL, 40));
		return "training/base";
	}

	@PostMapping("/training/bases/{id}/courses")
	String addCourse(@PathVariable long id, @Valid NewCourse command) {
		training.addCourse(id, command);
		return "redirect:/training/bases/" + id + "?courseAdded";
	}

	@PostMapping("/training/bases/{id}/sessions")
	String schedule(@PathVariable long id, @RequestParam(defaultValue = "0") long courseId, @Valid NewSession command) {
		if (training.course(courseId).baseId() != training.base(id).id()) {
			throw new NotFound("course", courseId);
		}
		return "redirect:/training/sessions/" + training.schedule(courseId, command).id() + "?scheduled";
	}

}
