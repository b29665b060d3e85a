package cn.xiaoan.education.homework;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.Campaign;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static final Campaign RUNNING = new Campaign(7, "冬季消防", "", "FIRE", "预防火灾", "450400", "梧州市教育局",
			TODAY.minusDays(10), TODAY.plusDays(20), true);

	private static AssignHomework command(Long campaign, LocalDate due, List<Long> classes) {
		return new AssignHomework(1L, campaign, campaign == null ? "FIRE" : null, "", classes, due, false);
	}

	@Test
	void aLessonWithAFutureDeadlineForSomeClassesIsAccepted() {
		assertThat(AssignmentRules.problems(command(null, TODAY, List.of(3L)), null, 5L, TODAY, List.of(3L))).isEmpty();
	}

	@Test
	void theLessonTheDeadlineAndTheClassesAreRequired() {
		assertThat(AssignmentRules.problems(command(null, null, List.of()), null, null, TODAY, List.of()))
			.containsExactly(java.util.Map.entry("lessonCode", "homework.lesson.required"),
					java.util.Map.entry("dueOn", "homework.due.required"),
					java.util.Map.entry("classIds", "homework.classes.required"));
	}

	@Test
	void theDeadlineIsNotPastNorAfterTheCampaignEnds() {
		assertThat(
				AssignmentRules.problems(command(null, TODAY.minusDays(1), List.of(3L)), null, 5L, TODAY, List.of(3L)))
			.containsEntry("dueOn", "homework.due.past");
		assertThat(
				AssignmentRules.problems(command(7L, TODAY.plusDays(21), List.of(3L)), RUNNING, 5L, TODAY, List.of(3L)))
			.containsEntry("dueOn", "homework.due.after-campaign");
		assertThat(
				AssignmentRules.problems(command(7L, TODAY.plusDays(20), List.of(3L)), RUNNING, 5L, TODAY, List.of(3L)))
			.isEmpty();
	}

	@Test
	void anEndedCampaignIsNotAssignedAnyMore() {
		Campaign ended = new Campaign(8, "暑期防溺水", "", "DROWNING", "防溺水", "450400", "梧州市教育局", TODAY.minusDays(60),
				TODAY.minusDays(1), true);
		assertThat(AssignmentRules.problems(command(8L, TODAY, List.of(3L)), ended, 5L, TODAY, List.of(3L)))
			.containsEntry("campaignId", "homework.campaign.ended");
	}

	@Test
	void classesThatAlreadyHaveTheCampaignAreNotGivenItTwice() {
		assertThat(AssignmentRules.problems(command(7L, TODAY, List.of(3L, 4L)), RUNNING, 5L, TODAY, List.of()))
			.containsExactly(java.util.Map.entry("classIds", "homework.classes.already"));
		assertThat(AssignmentRules.problems(command(7L, TODAY, List.of(3L, 4L)), RUNNING, 5L, TODAY, List.of(4L)))
			.isEmpty();
	}

}
