package cn.xiaoan.education;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
class EducationController {

	private final EducationManagement education;

	private final LessonMediaController media;

	EducationController(EducationManagement education, LessonMediaController media) {
		this.education = education;
		this.media = media;
	}

	@GetMapping("/lessons")
	String lessons(Model model) {
		model.addAttribute("lessons", education.lessons());
		return "education/lessons";
	}

	@GetMapping("/lessons/{code}")
	String lesson(@PathVariable String code, Model model) {
		UUID submission = UUID.randomUUID();
		model.addAttribute("lesson", education.lesson(code));
		media.show(code, model);
		model.addAttribute("quiz", education.quiz(code, submission));
		model.addAttribute("submissionId", submission);
		return "education/lesson";
	}

	@PostMapping("/lessons/{code}/quiz")
	String submit(@PathVariable String code, @RequestParam UUID submissionId,
			@RequestParam MultiValueMap<String, String> form, Model model) {
		Map<Long, Set<Integer>> answers = answers(form);
		try {
			model.addAttribute("result", education.submit(code, submissionId, answers));
			model.addAttribute("lesson", education.lesson(code));
			return "education/result";
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("lesson", education.lesson(code));
			media.show(code, model);
			model.addAttribute("quiz", education.quiz(code, submissionId));
			model.addAttribute("submissionId", submissionId);
			model.addAttribute("errors", ex.fieldErrors());
			model.addAttribute("answers", answers);
			return "education/lesson";
		}
	}

	/** The answers of a quiz form: {@code q-<question id>} → chosen option indexes. */
	static Map<Long, Set<Integer>> answers(MultiValueMap<String, String> form) {
		Map<Long, Set<Integer>> answers = new HashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith("q-")) {
				Set<Integer> chosen = new HashSet<>();
				values.forEach(v -> chosen.add(parse(v)));
				answers.put(parse(name.substring(2)) + 0L, chosen);
			}
		});
		return answers;
	}

	private static int parse(String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
