package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.education.web.Percent;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A campaign's rates count every school and class it targets, assigned or not; the
 * schools that have not assigned it are listed and reminded once; the schools hear of a
 * new campaign; a campaign targeted at a stage leaves the others out; a rate reads the
 * same on every screen (issue 10).
 */
@PlatformTest
class CampaignTargetIntegrationTests extends HomeworkTestSupport {

	private static final String COUNTY = "R:450422";

	@Test
	void campaignRatesCountSchoolsThatHaveNotAssignedIt() {
		Campaign campaign = countyCampaign("只有一所学校布置的专题", false);
		Homework hw = assignToStudentsClass(campaign);
		settle(campaign.id());
		Rates.View county = demo.callAs("tx_safety", () -> education.rates(campaign.id(), COUNTY));
		int everyone = studentsOnRoll("450422", null);
		assertThat(everyone).as("the county has far more students than one class").isGreaterThan(hw.assigned() * 3);
		assertThat(county.self().assigned()).isEqualTo(everyone);
		assertThat(county.coverageOf(COUNTY).schoolsAssigned()).isEqualTo(1);
		int schools = demo.jdbc()
			.sql("select count(distinct school_id) from org.class_stage where region_code like '450422%'")
			.query(Integer.class)
			.single();
		assertThat(county.coverageOf(COUNTY).schools()).isEqualTo(schools).isGreaterThan(1);
		assertThat(county.children()).as("every targeted unit below, not only the one that assigned it")
			.hasSizeGreaterThan(1)
			.allSatisfy(r -> assertThat(r.assigned()).isPositive());
		assertThat(county.children().stream().mapToInt(Rates::assigned).sum()).isEqualTo(everyone);
		assertThat(county.children()).anySatisfy(r -> assertThat(county.coverageOf(r.unit()).unassigned()).isTrue());
		// one student done moves the county by one of everyone, not one of a class
		demo.jdbc().sql("""
				update education.assignment set studied_at = now(), quiz_at = now(), attempts = 1,
				       best_score = 100, passed = true
				where homework_id = :h and student_id = (select min(student_id) from education.assignment
				                                          where homework_id = :h)""").param("h", hw.id()).update();
		settle(campaign.id());
		assertThat(ratesOf(campaign.id(), COUNTY).completion()).isEqualTo(Rates.ratio(1, everyone));
		assertThat(ratesOf(campaign.id(), "R:450400").completion()).isEqualTo(Rates.ratio(1, everyone));
	}

	@Test
	void unassignedSchoolsAreListed() throws Exception {
		Campaign campaign = countyCampaign("未布置名单专题", false);
		assignToStudentsClass(campaign);
		settle(campaign.id());
		long assigned = demo.schoolOf("principal");
		List<Rates.Unassigned> unassigned = demo.callAs("tx_safety",
				() -> education.unassignedSchools(campaign.id(), COUNTY));
		List<Long> targeted = demo.jdbc()
			.sql("select distinct school_id from org.class_stage where region_code like '450422%'")
			.query(Long.class)
			.list();
		assertThat(unassigned).extracting(Rates.Unassigned::schoolId)
			.containsExactlyInAnyOrderElementsOf(targeted.stream().filter(s -> s != assigned).toList());
		assertThat(unassigned).allSatisfy(u -> assertThat(u.students()).isPositive());
		String page = mvc.perform(get("/campaigns/" + campaign.id()).param("unit", COUNTY).with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"unassigned-table\"").contains("未布置").contains(unassigned.get(0).name());
		// reminded once: the reminder reaches each, then holds for the cooldown
		int reminded = demo.callAs("tx_safety", () -> education.remindUnassigned(campaign.id(), COUNTY));
		assertThat(reminded).isEqualTo(unassigned.size());
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> education.remindUnassigned(campaign.id(), COUNTY)))
			.isInstanceOf(BusinessRuleViolation.class);
		Rates.ReminderStatus status = demo.callAs("tx_safety", () -> education.reminderStatus(campaign.id(), COUNTY));
		assertThat(status.lastRecipients()).isEqualTo(reminded);
		assertThat(status.lastSentBy()).isNotBlank();
		assertThat(status.pendingUnassigned()).isZero();
		assertThat(status.holding(java.time.OffsetDateTime.now())).isTrue();
		assertThat(demo.callAs("tx_safety", () -> education.unassignedSchools(campaign.id(), COUNTY)))
			.allSatisfy(u -> assertThat(u.remindedAt()).isNotNull());
	}

	@Test
	void issuingACampaignNoticesEveryTargetedSchool() throws InterruptedException {
		Campaign campaign = countyCampaign("发布即通知学校的专题", false);
		List<Long> targeted = demo.jdbc()
			.sql("select distinct school_id from org.class_stage where region_code like '450422%'")
			.query(Long.class)
			.list();
		long deadline = System.nanoTime() + 20_000_000_000L;
		List<Long> noticed;
		do {
			Thread.sleep(100);
			noticed = demo.jdbc()
				.sql("""
						select audience_school_id from notification.message
						where message_key = 'notify.campaign.issued' and link like :link""")
				.param("link", "/campaigns/" + campaign.id() + "?%")
				.query(Long.class)
				.list();
		}
		while (noticed.size() < targeted.size() && System.nanoTime() < deadline);
		assertThat(noticed).containsExactlyInAnyOrderElementsOf(targeted);
	}

	@Test
	void campaignTargetedAtJuniorStageLeavesSeniorSchoolsOut() {
		Campaign campaign = demo.callAs("tx_safety", () -> education.issue(new IssueCampaign("初中防溺水专题", "", "DROWNING",
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), false, null, List.of("JUNIOR"))));
		assertThat(campaign.stages()).containsExactly(Stage.JUNIOR);
		int juniors = studentsOnRoll("450422", null, "JUNIOR");
		assertThat(juniors).isPositive().isLessThan(studentsOnRoll("450422", null));
		assertThat(ratesOf(campaign.id(), COUNTY).assigned()).isEqualTo(juniors);
		long senior = demo.schoolOf("principal");
		assertThat(demo.callAs("tx_safety", () -> education.unassignedSchools(campaign.id(), COUNTY)))
			.extracting(Rates.Unassigned::schoolId)
			.isNotEmpty()
			.doesNotContain(senior);
		assertThat(ratesOf(campaign.id(), "S:" + senior).assigned()).isZero();
		assertThatThrownBy(() -> assignToStudentsClass(campaign)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				ex -> assertThat(ex.fieldErrors()).containsEntry("classIds", "homework.classes.stage"));
	}

	@Test
	void theIssueFormStoresTheStagesTicked() throws Exception {
		var sent = mvc
			.perform(post("/campaigns").with(demo.as("tx_safety"))
				.with(csrf())
				.param("title", "表单勾选学段专题")
				.param("lessonCode", "TRAFFIC")
				.param("startsOn", LocalDate.now().toString())
				.param("endsOn", LocalDate.now().plusDays(10).toString())
				.param("requiresParent", "false")
				.param("description", "")
				.param("stages", "JUNIOR", "SENIOR"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).as(String.valueOf(sent.getFlashMap()))
			.matches("/campaigns/\\d+");
		Campaign issued = demo.callAs("tx_safety", () -> education.campaigns())
			.stream()
			.filter(c -> c.title().equals("表单勾选学段专题"))
			.findFirst()
			.orElseThrow();
		assertThat(issued.stages()).containsExactly(Stage.JUNIOR, Stage.SENIOR);
		assertThat(page("/campaigns", "tx_safety")).contains(">初中、<").contains(">高中<");
	}

	@Test
	void sameRateReadsTheSameOnEveryScreen() throws Exception {
		Campaign campaign = demo.callAs("tx_safety", () -> education.issue(
				new IssueCampaign("口径一致专题", "", "FIRE", LocalDate.now(), LocalDate.now().plusDays(20), false, null)));
		String home = demo.callAs("headteacher", () -> education.homeUnit());
		long classId = Long.parseLong(home.substring(2));
		long school = demo.schoolOf("principal");
		Homework hw = demo.callAs("principal", () -> education.assign(new AssignHomework(school, campaign.id(), null,
				"", List.of(classId), LocalDate.now().plusDays(7), false)));
		int size = hw.assigned();
		assertThat(size).isGreaterThan(3);
		demo.jdbc().sql("""
				update education.assignment set studied_at = now(), quiz_at = now(), attempts = 1,
				       best_score = 100, passed = true
				where homework_id = :h and student_id = (select min(student_id) from education.assignment
				                                          where homework_id = :h)""").param("h", hw.id()).update();
		settle(campaign.id());
		Percent percent = new Percent();
		String rate = percent.of(1, size);
		String fraction = percent.fraction(1, size);
		assertThat(rate).isEqualTo(percent.rate(Rates.ratio(1, size))).matches("\\d+\\.\\d%");
		String homePage = page("/", "headteacher");
		String classPage = page("/homework/" + hw.id() + "/classes/" + classId, "headteacher");
		String campaignPage = page("/campaigns/" + campaign.id() + "?unit=" + home, "headteacher");
		for (String screen : List.of(homePage, classPage, campaignPage)) {
			assertThat(screen).contains(rate).contains(fraction);
		}
		assertThat(classPage).doesNotContain((int) Math.floor(100.0 / size) + "%<");
		String homeworkPage = page("/homework/" + hw.id(), "principal");
		assertThat(homeworkPage).contains("合格人数").contains(rate).doesNotContain(">合格率<");
	}

	private String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
