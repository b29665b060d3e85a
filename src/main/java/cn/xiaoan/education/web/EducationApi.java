package cn.xiaoan.education.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Lesson;
import cn.xiaoan.education.QuizQuestion;
import cn.xiaoan.education.QuizResult;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of lessons and quizzes; answers are graded on the server and the answer key is
 * never returned, not even with a graded attempt (the same bank grades homework).
 */
@RestController
@RequestMapping("/api/v1/lessons")
class EducationApi {

	private final EducationManagement education;

	EducationApi(EducationManagement education) {
		this.education = education;
	}

	record Attempt(UUID submissionId, Map<Long, Set<Integer>> answers) {
	}

	@GetMapping
	List<Lesson> lessons() {
		return education.lessons();
	}

	@GetMapping("/{code}")
	Lesson lesson(@PathVariable String code) {
		return education.lesson(code);
	}

	@GetMapping("/{code}/quiz")
	List<QuizQuestion> quiz(@PathVariable String code, @RequestParam UUID submissionId) {
		return education.quiz(code, submissionId);
	}

	@PostMapping("/{code}/attempts")
	QuizResult submit(@PathVariable String code, @RequestBody Attempt attempt) {
		return education.submit(code, attempt.submissionId(), attempt.answers());
	}

}
