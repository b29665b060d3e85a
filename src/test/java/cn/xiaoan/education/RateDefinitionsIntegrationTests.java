package cn.xiaoan.education;

import java.util.List;

import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rolled-up counts the database trigger keeps are those of DOMAIN.md §4 as the Java
 * definitions state them, on real assignment rows.
 */
@PlatformTest
class RateDefinitionsIntegrationTests extends HomeworkTestSupport {

	@Test
	void aParentConfirmationAloneIsNotParticipation() {
		Campaign campaign = countyCampaign("家长先确认的专题", true);
		Homework hw = assignToStudentsClass(campaign);
		long child = demo.studentOf("parent");
		demo.callAs("parent", () -> education.confirmParentPart(hw.id(), child));
		settle(campaign.id());
		Rates r = ratesOf(campaign.id(), "C:" + studentClass());
		assertThat(r.parentDone()).isEqualTo(1);
		assertThat(r.participated()).as("the student has done none of their items").isZero();
	}

	@Test
	void theParentRateDividesByTheStudentsWhoseHomeworkAsksForAParent() {
		Campaign campaign = countyCampaign("部分需家长确认的专题", true);
		Homework hw = assignToStudentsClass(campaign);
		List<Long> students = students(hw.id());
		assertThat(students).hasSizeGreaterThan(2);
		List<Long> withoutParentPart = students.subList(0, students.size() / 2);
		demo.jdbc()
			.sql("update education.assignment set needs_parent = false where homework_id = :h and student_id = any(:s)")
			.param("h", hw.id())
			.param("s", withoutParentPart.toArray(Long[]::new))
			.update();
		demo.jdbc()
			.sql("update education.assignment set parent_at = now() where homework_id = :h and needs_parent")
			.param("h", hw.id())
			.update();
		settle(campaign.id());
		Rates r = ratesOf(campaign.id(), "C:" + studentClass());
		assertThat(r.parent()).as("every parent who was asked has confirmed").isEqualTo(100.0);
	}

	@Test
	void theTriggersCountsAreTheJavaDefinitionsOnRealRows() {
		Campaign campaign = countyCampaign("口径核对专题", true);
		Homework hw = assignToStudentsClass(campaign);
		List<Long> students = students(hw.id());
		assertThat(students).hasSizeGreaterThanOrEqualTo(6);
		// Every combination the pages can produce, and a parent part asked of some only.
		String[] states = { "", "studied_at = now()", "quiz_at = now(), attempts = 1, best_score = 40",
				"studied_at = now(), quiz_at = now(), attempts = 1, best_score = 90, passed = true",
				"studied_at = now(), quiz_at = now(), attempts = 1, best_score = 90, passed = true, parent_at = now()",
				"parent_at = now()" };
		for (int i = 0; i < students.size(); i++) {
			demo.jdbc()
				.sql("update education.assignment set needs_parent = :np where homework_id = :h and student_id = :s")
				.param("np", i % 4 != 0)
				.param("h", hw.id())
				.param("s", students.get(i))
				.update();
			if (!states[i % states.length].isEmpty()) {
				demo.jdbc()
					.sql("update education.assignment set " + states[i % states.length]
							+ " where homework_id = :h and student_id = :s")
					.param("h", hw.id())
					.param("s", students.get(i))
					.update();
			}
		}
		settle(campaign.id());
		String unit = "C:" + studentClass();
		Rates defined = RateDefinitions.tally(unit, progress(hw.id()));
		assertThat(counts(ratesOf(campaign.id(), unit))).as("trigger and roll-up").isEqualTo(counts(defined));
		rollup.rebuild(campaign.id());
		assertThat(counts(ratesOf(campaign.id(), unit))).as("rebuild").isEqualTo(counts(defined));
		assertThat(defined.parentAsked()).isLessThan(defined.assigned()).isPositive();
	}

	@Test
	void aCampaignWithoutParentPartHasNoParentRate() {
		Campaign campaign = countyCampaign("无需家长确认的专题", false);
		assignToStudentsClass(campaign);
		settle(campaign.id());
		Rates r = ratesOf(campaign.id(), "C:" + studentClass());
		assertThat(r.assigned()).isPositive();
		assertThat(r.parentAsked()).isZero();
		assertThat(r.hasParentPart()).isFalse();
	}

	private List<RateDefinitions.Progress> progress(long homeworkId) {
		return demo.jdbc()
			.sql("select needs_parent, studied_at is not null, quiz_at is not null, passed, parent_at is not null"
					+ " from education.assignment where homework_id = :h")
			.param("h", homeworkId)
			.query((rs, n) -> new RateDefinitions.Progress(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3),
					rs.getBoolean(4), rs.getBoolean(5)))
			.list();
	}

	private static List<Integer> counts(Rates r) {
		return List.of(r.assigned(), r.participated(), r.completed(), r.took(), r.passed(), r.parentDone(),
				r.parentAsked());
	}

	private List<Long> students(long homeworkId) {
		return demo.jdbc()
			.sql("select student_id from education.assignment where homework_id = :h order by student_id")
			.param("h", homeworkId)
			.query(Long.class)
			.list();
	}

}
