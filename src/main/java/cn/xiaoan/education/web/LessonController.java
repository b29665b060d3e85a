package cn.xiaoan.education.web;

import java.util.UUID;

import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lesson list, a lesson with its quiz, and the graded result. */
@Controller
class LessonController {

	private final EducationManagement education;

	LessonController(EducationManagement education) {
		this.education = education;
	}

	/**
	 * Every lesson; for a student (or a parent) those that suit the student's school
	 * stage first, under their own heading, the others after (issue 10).
	 */
	@GetMapping("/lessons")
	String lessons(Model model) {
		java.util.List<cn.xiaoan.education.Lesson> all = education.lessons();
		java.util.Optional<cn.xiaoan.education.Stage> stage = education.myStage();
		model.addAttribute("stage", stage.orElse(null));
		model.addAttribute("lessons", stage.map(s -> all.stream().filter(l -> suits(l, s)).toList()).orElse(all));
		model.addAttribute("others",
				stage.map(s -> all.stream().filter(l -> !suits(l, s)).toList()).orElse(java.util.List.of()));
		return "education/lessons";
	}

	static boolean suits(cn.xiaoan.education.Lesson lesson, cn.xiaoan.education.Stage stage) {
		return lesson.gradeBand().equals("ALL") || stage.lessonBand().equals("ALL")
				|| lesson.gradeBand().equals(stage.lessonBand());
	}

	@GetMapping("/lessons/{code}")
	String lesson(@PathVariable String code, Model model) {
		model.addAttribute("page", education.lessonPage(code, UUID.randomUUID()));
		return "education/lesson";
	}

	@PostMapping("/lessons/{code}/quiz")
	String submit(@PathVariable String code, @RequestParam UUID submissionId,
			@RequestParam MultiValueMap<String, String> form, Model model) {
		QuizAnswers answers = QuizAnswers.of(form);
		try {
			model.addAttribute("result", education.submit(code, submissionId, answers.chosen()));
			model.addAttribute("lesson", education.lesson(code));
			return "education/result";
		}
		catch (BusinessRuleViolation ex) {
			// kept: re-shows the quiz in its shuffled order with every ticked answer
			model.addAttribute("page", education.lessonPage(code, submissionId));
			model.addAttribute("errors", ex.fieldErrors());
			model.addAttribute("answers", answers.chosen());
			return "education/lesson";
		}
	}

}
