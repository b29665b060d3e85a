package cn.xiaoan.education.web;

import java.util.UUID;

import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.MyHomework;
import cn.xiaoan.education.QuizResult;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "我的作业" on a phone: a student studies the lesson and takes the quiz; a parent reads the
 * parent part and confirms it for their child.
 */
@Controller
class MyHomeworkController {

	private final EducationManagement education;

	MyHomeworkController(EducationManagement education) {
		this.education = education;
	}

	@GetMapping("/my/homework")
	String list(Model model) {
		java.util.List<cn.xiaoan.education.MyHomework> items = education.myHomework();
		model.addAttribute("items", items);
		model.addAttribute("today", java.time.LocalDate.now());
		// below the homework, more lessons of the student's own stage (issue 10)
		java.util.Set<String> given = items.stream()
			.map(cn.xiaoan.education.MyHomework::lessonCode)
			.collect(java.util.stream.Collectors.toSet());
		java.util.Optional<cn.xiaoan.education.Stage> stage = education.myStage();
		model.addAttribute("stage", stage.orElse(null));
		model
			.addAttribute("stageLessons",
					stage.map(s -> education.lessons()
						.stream()
						.filter(l -> LessonController.suits(l, s) && !given.contains(l.code()))
						.limit(6)
						.toList()).orElse(java.util.List.of()));
		return "education/my-homework";
	}

	@GetMapping("/my/homework/{id}")
	String student(@PathVariable long id, Model model) {
		MyHomework hw = education.myHomework(id, studentSelf());
		model.addAttribute("homework", hw);
		model.addAttribute("page", education.lessonPage(hw.lessonCode(), UUID.randomUUID()));
		return "education/lesson";
	}

	@PostMapping("/my/homework/{id}/studied")
	String studied(@PathVariable long id, RedirectAttributes redirect) {
		education.studied(id);
		redirect.addFlashAttribute("flash", "homework.studied");
		return "redirect:/my/homework/" + id + "#quiz-form";
	}

	@PostMapping("/my/homework/{id}/quiz")
	String quiz(@PathVariable long id, @RequestParam UUID submissionId,
			@RequestParam MultiValueMap<String, String> form, Model model) {
		QuizAnswers answers = QuizAnswers.of(form);
		try {
			QuizResult result = education.submitHomework(id, submissionId, answers.chosen());
			model.addAttribute("result", result);
			model.addAttribute("lesson", education.lesson(result.lessonCode()));
			model.addAttribute("homework", education.myHomework(id, studentSelf()));
			return "education/result";
		}
		catch (BusinessRuleViolation ex) {
			// kept: re-shows the quiz in its shuffled order with every ticked answer
			MyHomework hw = education.myHomework(id, studentSelf());
			model.addAttribute("homework", hw);
			model.addAttribute("page", education.lessonPage(hw.lessonCode(), submissionId));
			model.addAttribute("errors", ex.fieldErrors());
			model.addAttribute("answers", answers.chosen());
			return "education/lesson";
		}
	}

	@GetMapping("/my/homework/{id}/students/{studentId}")
	String parent(@PathVariable long id, @PathVariable long studentId, Model model) {
		MyHomework hw = education.myHomework(id, studentId);
		model.addAttribute("homework", hw);
		model.addAttribute("lesson", education.lesson(hw.lessonCode()));
		return "education/parent-part";
	}

	@PostMapping("/my/homework/{id}/students/{studentId}/confirm")
	String confirm(@PathVariable long id, @PathVariable long studentId, RedirectAttributes redirect) {
		education.confirmParentPart(id, studentId);
		redirect.addFlashAttribute("flash", "homework.parent.confirmed");
		return "redirect:/my/homework";
	}

	/** The signed-in student's own id (a parent opens a child's homework by its id). */
	private static long studentSelf() {
		Long person = Callers.current().personId();
		if (Callers.current().role() != Role.STUDENT || person == null) {
			throw new AccessDenied("only a student does homework");
		}
		return person;
	}

}
