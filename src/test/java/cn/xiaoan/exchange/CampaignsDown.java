package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Homework;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.education.QuizResult;
import cn.xiaoan.education.Rates;
import cn.xiaoan.education.rates.RateRollup;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.Demo;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign of 梧州市's bureau on the city's installation and 藤县's schools doing it on this
 * platform (the demo): issuing it above, the demo student's class doing it below, the
 * roll-up settled, and the rates each side shows.
 */
final class CampaignsDown {

	final Demo demo;

	final EducationManagement education;

	final RateRollup rollup;

	final CampaignCountsUp countsUp;

	CampaignsDown(ApplicationContext here) {
		this.demo = here.getBean(Demo.class);
		this.education = here.getBean(EducationManagement.class);
		this.rollup = here.getBean(RateRollup.class);
		this.countsUp = here.getBean(CampaignCountsUp.class);
	}

	/** 梧州市's bureau issues a drowning campaign to the whole city, with a parent part. */
	static Campaign issue(ConfigurableApplicationContext city, String title) {
		return CityInstallation.asBureau(() -> city.getBean(EducationManagement.class)
			.issue(new IssueCampaign(title, "暑期防溺水专题教育，请各校布置到班。", "DROWNING", LocalDate.now().minusDays(1),
					LocalDate.now().plusDays(20), true, null)));
	}

	/** The city bureau's view of its campaign's rates for a unit. */
	static Rates.View cityRates(ConfigurableApplicationContext city, long campaign, String unit) {
		return CityInstallation.asBureau(() -> city.getBean(EducationManagement.class).rates(campaign, unit));
	}

	/** The campaign received here from above with that title, as 藤县's bureau lists it. */
	Campaign received(String title) {
		List<Campaign> found = demo.callAs("tx_admin", () -> education.campaigns())
			.stream()
			.filter(c -> c.title().equals(title))
			.toList();
		assertThat(found).as("received once").hasSize(1);
		return found.get(0);
	}

	/**
	 * The demo school assigns the campaign to the student's class; the student studies
	 * the lesson and passes the quiz; the parent confirms the parent part.
	 */
	Homework doneByTheStudent(Campaign campaign) {
		long school = demo.schoolOf("principal");
		Homework hw = demo.callAs("principal", () -> education.assign(new AssignHomework(school, campaign.id(), null,
				"", List.of(studentClass()), LocalDate.now().plusDays(7), false)));
		demo.callAs("student", () -> education.studied(hw.id()));
		QuizResult result = demo.callAs("student",
				() -> education.submitHomework(hw.id(), UUID.randomUUID(), rightAnswers(campaign.lessonCode())));
		assertThat(result.passed()).isTrue();
		demo.callAs("parent", () -> education.confirmParentPart(hw.id(), demo.studentOf("parent")));
		return hw;
	}

	/**
	 * Another student of the homework's class did it all — studied, passed the quiz, the
	 * parent confirmed — at {@code at}, as if then: the assignment's times set, and the
	 * campaign's tallies rebuilt from the assignments, which dates each step by the day
	 * it was done (北京时间), as the roll-up does when it happens.
	 */
	void anotherStudentDoneAt(Homework hw, long campaign, OffsetDateTime at) {
		int done = demo.jdbc()
			.sql("""
					update education.assignment set studied_at = :at, quiz_at = :at, attempts = 1, best_score = 100,
					  passed = true, parent_at = case when needs_parent then cast(:at as timestamptz) end, completed_at = :at
					where homework_id = :h and student_id = (
					  select min(student_id) from education.assignment where homework_id = :h and completed_at is null)""")
			.param("at", at)
			.param("h", hw.id())
			.update();
		assertThat(done).as("the class has a second student").isOne();
		rollup.rebuild(campaign);
	}

	/** The roll-up has folded the campaign's deltas (the job may hold the lock). */
	void settle(long campaign) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (demo.jdbc()
			.sql("select exists (select 1 from education.rate_delta where campaign_id = :c)")
			.param("c", campaign)
			.query(Boolean.class)
			.single()) {
			assertThat(System.nanoTime()).as("folded within 10 s").isLessThan(deadline);
			rollup.fold();
			Thread.sleep(20);
		}
	}

	/** 藤县's bureau's view of the campaign here. */
	Rates countyRates(long campaign) {
		return demo.callAs("tx_admin", () -> education.rates(campaign, "R:450422")).self();
	}

	/** The demo's campaigns of this run, their homework and tallies removed. */
	void remove(String titlePrefix) {
		String campaigns = "(select id from education.campaign where title like :t)";
		for (String table : List.of("education.homework", "education.rate_delta", "education.rate",
				"education.rate_daily", "education.campaign")) {
			String column = table.equals("education.campaign") ? "id" : "campaign_id";
			demo.jdbc()
				.sql("delete from " + table + " where " + column + " in " + campaigns)
				.param("t", titlePrefix + "%")
				.update();
		}
	}

	private long studentClass() {
		return demo.jdbc()
			.sql("select s.class_id from people.student s join people.account a on a.person_id = s.id "
					+ "where a.username = 'student'")
			.query(Long.class)
			.single();
	}

	private Map<Long, Set<Integer>> rightAnswers(String lesson) {
		Map<Long, Set<Integer>> answers = new HashMap<>();
		demo.jdbc().sql("""
				select q.id, q.answer from education.question q join education.lesson l on l.id = q.lesson_id
				where l.code = :c""").param("c", lesson).query(rs -> {
			answers.put(rs.getLong(1), new HashSet<>(List.of((Integer[]) rs.getArray(2).getArray())));
		});
		return answers;
	}

}
