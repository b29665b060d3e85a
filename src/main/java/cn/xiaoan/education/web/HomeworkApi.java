package cn.xiaoan.education;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

	private final CampaignManagement campaigns;

	private final HomeworkManagement homework;

	private final StudentHomework mine;

	private final EducationRates rates;

	private final EducationManagement education;

	HomeworkApi(CampaignManagement campaigns, HomeworkManagement homework, StudentHomework mine, EducationRates rates,
			EducationManagement education) {
		this.campaigns = campaigns;
		this.homework = homework;
		this.mine = mine;
		this.rates = rates;
		this.education = education;
	}

	@GetMapping("/campaigns")
	List<Campaign> campaigns() {
		return campaigns.campaigns();
	}

	@PostMapping("/campaigns")
	Campaign issue(@RequestBody IssueCampaign command) {
		return campaigns.issue(command);
	}

	/**
	 * Rates of a unit ({@code R:<region>}, {@code S:<school>}, {@code C:<class>}) and
	 * below.
	 */
	@GetMapping("/campaigns/{id}/rates")
	EducationRates.RatesView rates(@PathVariable long id, @RequestParam(required = false) String unit) {
		return rates.view(id, unit == null ? rates.homeUnit() : unit);
	}

	@GetMapping("/campaigns/{id}/trend")
	List<EducationRates.TrendPoint> trend(@PathVariable long id, @RequestParam(required = false) String unit) {
		return rates.trend(id, unit == null ? rates.homeUnit() : unit);
	}

	@PostMapping("/homework")
	Homework assign(@RequestBody AssignHomework command) {
		Long school = command.schoolId() != null ? command.schoolId() : Callers.current().scope().schoolId();
		if (school == null) {
			throw new BusinessRuleViolation("schoolId", "homework.school.required");
		}
		return homework.assign(new AssignHomework(school, command.campaignId(), command.lessonCode(), command.title(),
				command.classIds(), command.dueOn(), command.requiresParent()));
	}

	@GetMapping("/homework/{id}")
	Homework homework(@PathVariable long id) {
		return homework.homework(id);
	}

	@GetMapping("/homework/{id}/classes/{classId}")
	List<StudentProgress> classProgress(@PathVariable long id, @PathVariable long classId) {
		return homework.classProgress(id, classId);
	}

	@PostMapping("/homework/{id}/classes/{classId}/reminders")
	Map<String, Integer> remind(@PathVariable long id, @PathVariable long classId) {
		return Map.of("reminded", homework.remind(id, classId));
	}

	@GetMapping("/my/homework")
	List<MyHomework> mine() {
		return mine.mine();
	}

	@PostMapping("/my/homework/{id}/studied")
	MyHomework studied(@PathVariable long id) {
		return mine.studied(id);
	}

	record Attempt(UUID submissionId, Map<Long, Set<Integer>> answers) {
	}

	/** A homework quiz; a retried submission id answers the first result. */
	@PostMapping("/my/homework/{id}/attempts")
	QuizResult submit(@PathVariable long id, @RequestBody Attempt attempt) {
		return education.submit(education.homeworkLesson(id), attempt.submissionId(), attempt.answers(), id);
	}

	@PostMapping("/my/homework/{id}/students/{studentId}/parent-confirmation")
	MyHomework confirm(@PathVariable long id, @PathVariable long studentId) {
		return mine.confirmParentPart(id, studentId);
	}

}
