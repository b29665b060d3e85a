package cn.xiaoan.browser;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Homework;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.education.Rates;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The education screens of issue 10, at 1366×900 and on a 390×844 phone: the city's
 * campaign page counts every targeted school and lists those that have not assigned it,
 * with a reminder that confirms, says when it went out and holds; the head teacher's home
 * and class page write the same rate the same way; the trend chart keeps equal lines
 * apart; a quiz sent with a question missed scrolls to it on a phone; a senior student's
 * lessons put the senior ones first. Screenshots: target/screenshots/issue10-education-*.
 */
@PlatformTest
class EducationPagesJourneyTests {

	private static final int[][] SIZES = { { 1366, 900 }, { 390, 844 } };

	private static final String[] DEVICE = { "desktop", "phone" };

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	EducationManagement education;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void theCitySeesEverySchoolTheCampaignTargetsAndRemindsThoseThatHaveNotAssignedItOnce() throws Exception {
		Campaign campaign = demo.callAs("wz_safety", () -> education.issue(new IssueCampaign("梧州市防溺水专题（全市）", "",
				"DROWNING", LocalDate.now().minusDays(6), LocalDate.now().plusDays(20), true, null)));
		long school = demo.schoolOf("principal");
		long studentClass = studentClass();
		demo.callAs("principal", () -> education.assign(new AssignHomework(school, campaign.id(), null, "",
				List.of(studentClass), LocalDate.now().plusDays(7), false)));
		for (int i = 0; i < SIZES.length; i++) {
			try (Browser b = new Browser(port, SIZES[i][0], SIZES[i][1])) {
				b.login("wz_safety", Demo.PASSWORD);
				b.waitFor(d -> {
					b.open("/campaigns/" + campaign.id());
					return b.find("#unit-coverage").getText().contains("1/");
				});
				Rates.View city = demo.callAs("wz_safety", () -> education.rates(campaign.id(), "R:450400"));
				assertThat(b.find("#unit-rates").getText()).contains(String.format("%,d", city.self().assigned()))
					.contains("0/" + city.self().assigned());
				WebElement children = b.find("#children-table");
				assertThat(children.findElements(By.cssSelector("tbody tr"))).hasSize(city.children().size());
				assertThat(children.getText()).contains("未布置").contains("藤县");
				assertThat(b.find("#unassigned-table").getText()).doesNotContain("藤县第一高级中学");
				b.screenshot("issue10-education-campaign-city-" + DEVICE[i]);
				b.scrollTo("#children-table");
				b.screenshot("issue10-education-campaign-city-children-" + DEVICE[i]);
				if (i == 1) {
					assertThat(b.find("#unassigned-table tbody tr").getCssValue("display")).as("a card per school")
						.isEqualTo("block");
					b.scrollTo("#unassigned");
					b.screenshot("issue10-education-campaign-unassigned-phone");
					continue;
				}
				int pending = demo.callAs("wz_safety",
						() -> education.reminderStatus(campaign.id(), "R:450400").pendingUnassigned());
				assertThat(pending).isPositive();
				assertThat(b.find("form:has(#remind-unassigned)").getAttribute("data-confirm"))
					.as("the confirmation says how many schools it reaches")
					.contains(pending + " 所");
				b.driver.executeScript("window.confirm = function () { return true; };");
				b.submit("#remind-unassigned");
				assertThat(b.text()).containsPattern("已提醒 \\d+ 所未布置学校");
				assertThat(b.find("#last-reminder").getText()).contains("上次提醒").contains("前不再重复提醒");
				assertThat(b.find("#remind-unassigned").isEnabled()).isFalse();
				b.scrollTo("#unassigned");
				b.screenshot("issue10-education-campaign-reminded-desktop");
			}
		}
	}

	@Test
	void aBureauIssuesACampaignForOneStage() throws Exception {
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/campaigns");
			desk.find("#title").sendKeys("初中生防溺水专题");
			new org.openqa.selenium.support.ui.Select(desk.find("#lessonCode")).selectByValue("DROWNING");
			desk.click("#stage-JUNIOR");
			desk.scrollTo("#campaign-stages");
			desk.screenshot("issue10-education-campaign-issue-stage-desktop");
			desk.submit("#issue-campaign");
			assertThat(desk.find("#campaign-stages").getText()).isEqualTo("初中");
			assertThat(desk.find("#unit-rates").getText()).contains("应参与人数");
		}
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("tx_safety", Demo.PASSWORD);
			phone.open("/campaigns");
			assertThat(phone.find("#campaign-table tbody tr").getText()).contains("初中生防溺水专题").contains("初中");
			phone.screenshot("issue10-education-campaign-list-phone");
		}
	}

	@Test
	void theHeadTeachersHomeAndClassPageWriteTheSameRate() throws Exception {
		Campaign campaign = demo.callAs("tx_safety", () -> education.issue(
				new IssueCampaign("班级口径一致专题", "", "FIRE", LocalDate.now(), LocalDate.now().plusDays(20), true, null)));
		long classId = Long.parseLong(demo.callAs("headteacher", () -> education.homeUnit()).substring(2));
		long school = demo.schoolOf("principal");
		Homework hw = demo.callAs("principal", () -> education.assign(new AssignHomework(school, campaign.id(), null,
				"", List.of(classId), LocalDate.now().plusDays(7), false)));
		demo.jdbc().sql("""
				update education.assignment set studied_at = now(), quiz_at = now(), attempts = 1,
				       best_score = 100, passed = true, parent_at = now()
				where homework_id = :h and student_id = (select min(student_id) from education.assignment
				                                          where homework_id = :h)""").param("h", hw.id()).update();
		String rate = new cn.xiaoan.education.web.Percent().of(1, hw.assigned());
		String fraction = "1/" + hw.assigned();
		for (int i = 0; i < SIZES.length; i++) {
			try (Browser b = new Browser(port, SIZES[i][0], SIZES[i][1])) {
				b.login("headteacher", Demo.PASSWORD);
				b.waitFor(d -> {
					b.open("/");
					return b.find("#home-campaigns").getText().contains(fraction);
				});
				assertThat(b.find("#home-campaigns").getText()).contains(rate);
				b.scrollTo("#home-campaigns");
				b.screenshot("issue10-education-headteacher-home-" + DEVICE[i]);
				b.open("/homework/" + hw.id() + "/classes/" + classId);
				assertThat(b.find("#class-completion").getText()).isEqualTo(rate);
				assertThat(b.find("#class-summary").getText()).contains(fraction);
				if (i == 0) {
					assertThat(b.find("form:has(#remind-class)").getAttribute("data-confirm"))
						.as("the confirmation says how many it reaches")
						.contains((hw.assigned() - 1) + " 名");
					b.driver.executeScript("window.confirm = function () { return true; };");
					b.submit("#remind-class");
				}
				assertThat(b.find("#remind-class").isEnabled()).as("held after one reminder").isFalse();
				assertThat(b.find("#remind-class").getText()).contains("后可再次提醒");
				assertThat(b.find("#last-reminder").getText()).contains("上次提醒");
				b.screenshot("issue10-education-class-" + DEVICE[i]);
				b.open("/homework/" + hw.id());
				assertThat(b.find("#class-table thead").getAttribute("textContent")).contains("合格人数")
					.doesNotContain("合格率");
				assertThat(b.find("#class-table").getText()).contains(rate);
				b.screenshot("issue10-education-homework-" + DEVICE[i]);
			}
		}
	}

	@Test
	void aSchoolSeesItsNonCompletersByGradeAndClassWithTheirNames() throws Exception {
		long winter = demo.jdbc()
			.sql("select id from education.campaign where title like '%冬季消防安全专题教育'")
			.query(Long.class)
			.single();
		long school = demo.schoolOf("principal");
		List<Rates.NonCompleter> open = demo.callAs("principal", () -> education.nonCompleters(winter, "S:" + school));
		assertThat(open).isNotEmpty();
		for (int i = 0; i < SIZES.length; i++) {
			try (Browser b = new Browser(port, SIZES[i][0], SIZES[i][1])) {
				b.login("principal", Demo.PASSWORD);
				b.open("/campaigns/" + winter + "?unit=S:" + school);
				WebElement first = b.scrollTo("#noncompleter-table tbody tr");
				assertThat(first.getText()).contains(open.get(0).className()).contains(open.get(0).name());
				assertThat(b.find("#noncompleter-table").findElements(By.cssSelector("tbody tr"))).hasSize(open.size());
				b.screenshot("adr80-education-campaign-noncompleters-" + DEVICE[i]);
			}
		}
	}

	@Test
	void theTrendChartShowsEveryRateWithItsOwnLine() throws Exception {
		long winter = demo.jdbc()
			.sql("select id from education.campaign where title like '%冬季消防安全专题教育'")
			.query(Long.class)
			.single();
		for (int i = 0; i < SIZES.length; i++) {
			try (Browser b = new Browser(port, SIZES[i][0], SIZES[i][1])) {
				b.login("tx_safety", Demo.PASSWORD);
				b.open("/campaigns/" + winter + "?unit=R:450422");
				b.waitFor(d -> !d.findElements(By.cssSelector("#trend-chart svg path")).isEmpty());
				@SuppressWarnings("unchecked")
				List<String> strokes = (List<String>) b.driver.executeScript(
						"""
								var seen = {};
								document.querySelectorAll('#trend-chart svg path').forEach(function (p) {
								  var s = p.getAttribute('stroke'); var d = p.getAttribute('stroke-dasharray');
								  if (s && s !== 'none' && p.getAttribute('fill') === 'none') { seen[s + '|' + (d || '')] = true; }
								});
								return Object.keys(seen);""");
				assertThat(strokes).as("participation, completion, exam and parents each drawn their own way")
					.filteredOn(s -> s.matches("(?i)#(0d6efd|198754|6f42c1|fd7e14).*"))
					.hasSize(4);
				assertThat(b.find("#trend-chart").getText()).contains("完成率").contains("家长参与率");
				b.scrollTo("#trend-chart");
				b.screenshot("issue10-education-trend-" + DEVICE[i]);
			}
		}
	}

	@Test
	void aQuizSentWithAQuestionMissedScrollsToItOnAPhone() throws Exception {
		for (int i = 0; i < SIZES.length; i++) {
			try (Browser b = new Browser(port, SIZES[i][0], SIZES[i][1])) {
				b.login("student", Demo.PASSWORD);
				b.open("/lessons/FIRE");
				List<WebElement> questions = b.driver.findElements(By.cssSelector("#quiz-form fieldset"));
				assertThat(questions).hasSizeGreaterThan(2);
				// the first question answered, the others left
				b.click("#" + questions.get(0).getAttribute("id") + " input");
				String second = questions.get(1).getAttribute("id");
				b.click("#submit-quiz");
				assertThat(b.find("#quiz-missing").getText()).contains("还有 " + (questions.size() - 1) + " 道题未作答");
				assertThat(b.find("#" + second).getAttribute("class")).contains("xa-question-missing");
				assertThat(b.find("#" + second).getText()).contains("未作答");
				Boolean inView = (Boolean) b.driver.executeScript(
						"var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;",
						b.find("#" + second));
				assertThat(inView).as("the first unanswered question is on screen").isTrue();
				assertThat(b.find("#" + questions.get(0).getAttribute("id") + " input").isSelected())
					.as("the answer given is kept")
					.isTrue();
				assertThat(b.find("#quiz-missing").getRect().getY()
						- ((Number) b.driver.executeScript("return window.scrollY")).intValue())
					.as("the count of questions missing stays on screen")
					.isBetween(0, SIZES[i][1]);
				b.screenshot("issue10-education-quiz-missing-" + DEVICE[i]);
			}
		}
	}

	@Test
	void aSeniorStudentSeesSeniorLessonsFirst() throws Exception {
		for (int i = 0; i < SIZES.length; i++) {
			try (Browser b = new Browser(port, SIZES[i][0], SIZES[i][1])) {
				b.login("student", Demo.PASSWORD);
				b.open("/lessons");
				assertThat(b.find("#lessons-for-stage").getText()).contains("高中");
				assertThat(b.find("#lesson-list").getText()).doesNotContain("小学");
				assertThat(b.find("#other-lessons").getText()).contains("小学");
				b.screenshot("issue10-education-lessons-senior-" + DEVICE[i]);
			}
		}
	}

	private long studentClass() {
		return demo.jdbc()
			.sql("select s.class_id from people.student s join people.account a on a.person_id = s.id "
					+ "where a.username = 'student'")
			.query(Long.class)
			.single();
	}

}
