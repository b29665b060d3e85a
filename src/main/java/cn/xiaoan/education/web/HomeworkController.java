package cn.xiaoan.education.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Homework;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's homework: list, assign form, each class's progress and one-click reminders.
 */
@Controller
class HomeworkController {

	private final EducationManagement education;

	private final EducationViews views;

	HomeworkController(EducationManagement education, EducationViews views) {
		this.education = education;
		this.views = views;
	}

	@GetMapping("/homework")
	String list(Model model) {
		long school = school();
		model.addAttribute("homework", education.homeworkOf(school));
		return "education/homework-list";
	}

	@GetMapping("/homework/new")
	String form(@RequestParam(required = false) Long campaign, @RequestParam(required = false) String lesson,
			Model model) {
		long school = school();
		model.addAttribute("form", new AssignHomework(school, campaign, lesson == null ? "" : lesson, "", List.of(),
				campaign == null ? LocalDate.now().plusDays(7) : defaultDue(campaign), true));
		// a campaign aimed at some stages says so above the classes (issue 10)
		model.addAttribute("targetCampaign", campaign == null ? null : education.campaign(campaign));
		return form(model, school);
	}

	/**
	 * A refused assignment goes back to the form with every error next to its field and
	 * what was typed (platform's page error handler). That handler keeps one value per
	 * field, so the classes ticked go back with it as {@code chosenClasses}.
	 */
	@PostMapping("/homework")
	String assign(@RequestParam(required = false) Long campaignId, @RequestParam(required = false) String lessonCode,
			@RequestParam(required = false) String title, @RequestParam(required = false) List<Long> classIds,
			@RequestParam(required = false) LocalDate dueOn,
			@RequestParam(defaultValue = "false") boolean requiresParent, HttpServletRequest request,
			RedirectAttributes redirect) {
		AssignHomework command = new AssignHomework(school(), campaignId, lessonCode, title, classIds, dueOn,
				requiresParent);
		FlashMap back = RequestContextUtils.getOutputFlashMap(request);
		back.put("chosenClasses", command.classIds());
		Homework created = education.assign(command);
		back.remove("chosenClasses");
		redirect.addFlashAttribute("flash", "homework.assigned");
		redirect.addFlashAttribute("flashArg", created.assigned());
		return "redirect:/homework/" + created.id();
	}

	@GetMapping("/homework/{id}")
	String homework(@PathVariable long id, Model model) {
		model.addAttribute("homework", education.homework(id));
		return "education/homework";
	}

	@GetMapping("/homework/{id}/classes/{classId}")
	String classProgress(@PathVariable long id, @PathVariable long classId, Model model) {
		Homework hw = education.homework(id);
		model.addAttribute("homework", hw);
		model.addAttribute("schoolClass",
				hw.classes().stream().filter(c -> c.classId() == classId).findFirst().orElse(null));
		List<Homework.StudentProgress> students = education.classProgress(id, classId);
		model.addAttribute("students", students);
		// the one-click reminder says how many it reaches, when the last went out and
		// until when it holds (issue 10)
		int hours = education.reminderIntervalHours();
		java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
		java.time.OffsetDateTime last = students.stream()
			.filter(s -> !s.completed() && s.remindedAt() != null)
			.map(Homework.StudentProgress::remindedAt)
			.max(java.util.Comparator.naturalOrder())
			.orElse(null);
		model.addAttribute("lastReminded", last);
		model.addAttribute("holdUntil", last == null ? null : last.plusHours(hours));
		model.addAttribute("remindable", students.stream()
			.filter(s -> !s.completed() && (s.remindedAt() == null || !s.remindedAt().plusHours(hours).isAfter(now)))
			.count());
		return "education/homework-class";
	}

	@PostMapping("/homework/{id}/classes/{classId}/remind")
	String remind(@PathVariable long id, @PathVariable long classId, RedirectAttributes redirect) {
		int reminded = education.remind(id, classId);
		redirect.addFlashAttribute("flash", "campaign.reminded.students");
		redirect.addFlashAttribute("flashArg", reminded);
		return "redirect:/homework/" + id + "/classes/" + classId;
	}

	private String form(Model model, long school) {
		Map<Long, String> campaigns = new LinkedHashMap<>();
		education.campaigns()
			.stream()
			.filter(c -> c.open() && !c.endsOn().isBefore(LocalDate.now()))
			.forEach(c -> campaigns.put(c.id(), c.title() + " (" + c.endsOn() + ")"));
		model.addAttribute("campaignLabels", campaigns);
		model.addAttribute("lessonLabels", views.lessonLabels(education.lessons()));
		model.addAttribute("classes", education.assignableClasses(school));
		return "education/homework-form";
	}

	private LocalDate defaultDue(long campaign) {
		LocalDate end = education.campaign(campaign).endsOn();
		LocalDate week = LocalDate.now().plusDays(7);
		return end.isBefore(week) ? end : week;
	}

	private static long school() {
		CurrentUser caller = Callers.current();
		if (caller.scope().schoolId() == null || caller.scope().kind() != cn.xiaoan.shared.DataScope.Kind.SCHOOL) {
			throw new AccessDenied("homework is assigned by a school");
		}
		return caller.scope().schoolId();
	}

}
