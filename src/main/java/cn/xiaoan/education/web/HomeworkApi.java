package cn.xiaoan.education.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Homework;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.education.MyHomework;
import cn.xiaoan.education.QuizResult;
import cn.xiaoan.education.Rates;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of campaigns, homework and rates. Validation answers 400 with field errors;
 * scope answers 403/404 like the pages.
 */
@RestController
@RequestMapping("/api/v1")
class HomeworkApi {

	private final EducationManagement education;

	HomeworkApi(EducationManagement education) {
		this.education = education;
	}

	@GetMapping("/campaigns")
	List<Campaign> campaigns() {
		return education.campaigns();
	}

	@PostMapping("/campaigns")
	Campaign issue(@RequestBody IssueCampaign command) {
		return education.issue(command);
	}

	/**
	 * Rates of a unit ({@code R:<region>}, {@code S:<school>}, {@code C:<class>}) and
	 * below.
	 */
	@GetMapping("/campaigns/{id}/rates")
	Rates.View rates(@PathVariable long id, @RequestParam(required = false) String unit) {
		return education.rates(id, unit == null ? education.homeUnit() : unit);
	}

	@GetMapping("/campaigns/{id}/trend")
	List<Rates.TrendPoint> trend(@PathVariable long id, @RequestParam(required = false) String unit) {
		return education.trend(id, unit == null ? education.homeUnit() : unit);
	}

	@PostMapping("/homework")
	Homework assign(@RequestBody AssignHomework command) {
		Long school = command.schoolId() != null ? command.schoolId() : Callers.current().scope().schoolId();
		if (school == null) {
			throw new BusinessRuleViolation("schoolId", "homework.school.required");
		}
		return education.assign(new AssignHomework(school, command.campaignId(), command.lessonCode(), command.title(),
				command.classIds(), command.dueOn(), command.requiresParent()));
	}

	@GetMapping("/homework/{id}")
	Homework homework(@PathVariable long id) {
		return education.homework(id);
	}

	@GetMapping("/homework/{id}/classes/{classId}")
	List<Homework.StudentProgress> classProgress(@PathVariable long id, @PathVariable long classId) {
		return education.classProgress(id, classId);
	}

	@PostMapping("/homework/{id}/classes/{classId}/reminders")
	Map<String, Integer> remind(@PathVariable long id, @PathVariable long classId) {
		return Map.of("reminded", education.remind(id, classId));
	}

	@GetMapping("/my/homework")
	List<MyHomework> mine() {
		return education.myHomework();
	}

	@PostMapping("/my/homework/{id}/studied")
	MyHomework studied(@PathVariable long id) {
		return education.studied(id);
	}

	record Attempt(UUID submissionId, Map<Long, Set<Integer>> answers) {
	}

	/** A homework quiz; a retried submission id answers the first result. */
	@PostMapping("/my/homework/{id}/attempts")
	QuizResult submit(@PathVariable long id, @RequestBody Attempt attempt) {
		return education.submitHomework(id, attempt.submissionId(), attempt.answers());
	}

	@PostMapping("/my/homework/{id}/students/{studentId}/parent-confirmation")
	MyHomework confirm(@PathVariable long id, @PathVariable long studentId) {
		return education.confirmParentPart(id, studentId);
	}

}
