package cn.xiaoan.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;

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
		model.addAttribute("bookings", bookings.bookings().stream().limit(20).toList());
		model.addAttribute("manager", manager);
		if (manager) {
			model.addAttribute("regions", org.regionsInScope());
			model.addAttribute("regionNames", org.regionNames());
		}
		if (!model.containsAttribute("baseForm")) {
			model.addAttribute("baseForm", new NewBase("", "", "", ""));
		}
		return "training/home";
	}

	@PostMapping("/training/bases")
	String openBase(@RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String phone, Model model,
			HttpServletResponse response) {
		NewBase command = new NewBase(regionCode, name, address, phone);
		try {
			return "redirect:/training/bases/" + training.openBase(command).id() + "?created";
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("baseForm", command);
			errors(model, "baseErrors", ex.fieldErrors(), response);
			return home(model);
		}
	}

	@GetMapping("/training/bases/{id}")
	String base(@PathVariable long id, Model model) {
		TrainingBase base = training.base(id);
		model.addAttribute("base", base);
		model.addAttribute("courses", training.courses(id));
		model.addAttribute("sessions", training.sessionsOfBase(id));
		model.addAttribute("manageable", training.manages(base));
		model.addAttribute("topics", Topic.values());
		model.addAttribute("bands", GradeBand.values());
		model.addAttribute("today", LocalDate.now());
		if (!model.containsAttribute("courseForm")) {
			model.addAttribute("courseForm", new NewCourse("", Topic.FIRE, "", 90, GradeBand.ALL, 40));
		}
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", Map.of());
		}
		return "training/base";
	}

	@PostMapping("/training/bases/{id}/courses")
	String addCourse(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) Topic topic, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String durationMinutes,
			@RequestParam(required = false) GradeBand gradeBand,
			@RequestParam(defaultValue = "") String defaultCapacity, Model model, HttpServletResponse response) {
		NewCourse command = new NewCourse(title, topic, description, number(durationMinutes), gradeBand,
				number(defaultCapacity));
		try {
			training.addCourse(id, command);
			return "redirect:/training/bases/" + id + "?courseAdded";
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("courseForm", command);
			errors(model, "courseErrors", ex.fieldErrors(), response);
			return base(id, model);
		}
	}

	@PostMapping("/training/bases/{id}/sessions")
	String schedule(@PathVariable long id, @RequestParam(defaultValue = "0") long courseId,
			@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
		if (training.course(courseId).baseId() != training.base(id).id()) {
			throw new NotFound("course", courseId);
		}
		NewSession command = new NewSession(parse(form.get("day"), LocalDate::parse),
				parse(form.get("startsAt"), LocalTime::parse), parse(form.get("endsAt"), LocalTime::parse),
				number(form.getOrDefault("capacity", "")), form.get("location"), form.get("instructor"));
		try {
			return "redirect:/training/sessions/" + training.schedule(courseId, command).id() + "?scheduled";
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("sessionForm", form);
			errors(model, "sessionErrors", ex.fieldErrors(), response);
			return base(id, model);
		}
	}

	static void errors(Model model, String name, Map<String, String> errors, HttpServletResponse response) {
		model.addAttribute(name, errors);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
	}

	/** A form value as a number, or null so that validation names the field. */
	static Integer number(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static <T> T parse(String value, java.util.function.Function<String, T> parser) {
		try {
			return value == null || value.isBlank() ? null : parser.apply(value.strip());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
