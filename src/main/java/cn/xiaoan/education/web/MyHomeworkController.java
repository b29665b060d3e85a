package cn.xiaoan.education;

import java.util.UUID;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;

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

	private final StudentHomework mine;

	private final EducationManagement education;

	private final LessonMediaController media;

	MyHomeworkController(StudentHomework mine, EducationManagement education, LessonMediaController media) {
		this.mine = mine;
		this.education = education;
		this.media = media;
	}

	@GetMapping("/my/homework")
	String list(Model model) {
		model.addAttribute("items", mine.mine());
		model.addAttribute("today", java.time.LocalDate.now());
		return "education/my-homework";
	}

	@GetMapping("/my/homework/{id}")
	String student(@PathVariable long id, Model model) {
		MyHomework hw = mine.one(id, studentSelf());
		UUID submission = UUID.randomUUID();
		model.addAttribute("homework", hw);
		model.addAttribute("lesson", education.lesson(hw.lessonCode()));
		media.show(hw.lessonCode(), model);
		model.addAttribute("quiz", education.quiz(hw.lessonCode(), submission));
		model.addAttribute("submissionId", submission);
		return "education/lesson";
	}

	@PostMapping("/my/homework/{id}/studied")
	String studied(@PathVariable long id, RedirectAttributes redirect) {
		mine.studied(id);
		redirect.addFlashAttribute("flash", "homework.studied");
		return "redirect:/my/homework/" + id + "#quiz-form";
	}

	@PostMapping("/my/homework/{id}/quiz")
	String quiz(@PathVariable long id, @RequestParam UUID submissionId,
			@RequestParam MultiValueMap<String, String> form, Model model) {
		MyHomework hw = mine.one(id, studentSelf());
		var answers = EducationController.answers(form);
		try {
			model.addAttribute("result", education.submit(hw.lessonCode(), submissionId, answers, id));
			model.addAttribute("lesson", education.lesson(hw.lessonCode()));
			model.addAttribute("homework", mine.one(id, studentSelf()));
			return "education/result";
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("homework", hw);
			model.addAttribute("lesson", education.lesson(hw.lessonCode()));
			media.show(hw.lessonCode(), model);
			model.addAttribute("quiz", education.quiz(hw.lessonCode(), submissionId));
			model.addAttribute("submissionId", submissionId);
			model.addAttribute("errors", ex.fieldErrors());
			model.addAttribute("answers", answers);
			return "education/lesson";
		}
	}

	@GetMapping("/my/homework/{id}/students/{studentId}")
	String parent(@PathVariable long id, @PathVariable long studentId, Model model) {
		MyHomework hw = mine.one(id, studentId);
		model.addAttribute("homework", hw);
		model.addAttribute("lesson", education.lesson(hw.lessonCode()));
		return "education/parent-part";
	}

	@PostMapping("/my/homework/{id}/students/{studentId}/confirm")
	String confirm(@PathVariable long id, @PathVariable long studentId, RedirectAttributes redirect) {
		mine.confirmParentPart(id, studentId);
		redirect.addFlashAttribute("flash", "homework.parent.confirmed");
		return "redirect:/my/homework";
	}

	/** The signed-in student's own id (a parent opens a child's homework by its id). */
	private static long studentSelf() {
		Long person = Callers.current().personId();
		if (Callers.current().role() != cn.xiaoan.shared.Role.STUDENT || person == null) {
			throw new cn.xiaoan.shared.AccessDenied("only a student does homework");
		}
		return person;
	}

}
