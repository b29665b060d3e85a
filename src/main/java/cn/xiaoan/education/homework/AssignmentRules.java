package cn.xiaoan.education.homework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.Campaign;

/**
 * What makes an assignment of homework acceptable, given what has been looked up: a
 * lesson, a deadline not past and within the campaign, a campaign still running, and
 * classes that do not have the campaign yet. Field → message key, in form order.
 */
final class AssignmentRules {

	private AssignmentRules() {
	}

	/**
	 * @param lessonId the lesson asked for (directly or through the campaign), null when
	 * unknown
	 * @param newClasses the classes asked for that do not have the campaign's homework
	 * yet
	 */
	static Map<String, String> problems(AssignHomework command, Campaign campaign, Long lessonId, LocalDate today,
			List<Long> newClasses) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (lessonId == null) {
			problems.put("lessonCode", "homework.lesson.required");
		}
		if (command.dueOn() == null) {
			problems.put("dueOn", "homework.due.required");
		}
		else if (command.dueOn().isBefore(today)) {
			problems.put("dueOn", "homework.due.past");
		}
		else if (campaign != null && command.dueOn().isAfter(campaign.endsOn())) {
			problems.put("dueOn", "homework.due.after-campaign");
		}
		if (campaign != null && !campaign.open()) {
			problems.put("campaignId", "homework.campaign.closed." + campaign.closing().kind().name());
		}
		else if (campaign != null && campaign.endsOn().isBefore(today)) {
			problems.put("campaignId", "homework.campaign.ended");
		}
		if (command.classIds().isEmpty()) {
			problems.put("classIds", "homework.classes.required");
		}
		else if (campaign != null && newClasses.isEmpty()) {
			problems.put("classIds", "homework.classes.already");
		}
		return problems;
	}

}
