package cn.xiaoan.browser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The city issues a campaign, the school assigns it, a student completes it on a phone,
 * the parent confirms, the head teacher reminds the rest and sees the class at 100%, and
 * the county's completion rate moves.
 */
@PlatformTest
class CampaignJourneyTests {

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
	void aCityCampaignReachesAStudentsPhoneAndEveryLevelsRates() throws Exception {
		long campaign;
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("wz_safety", Demo.PASSWORD);
			desk.open("/campaigns");
			desk.find("#title").sendKeys("交通安全进校园专题");
			new org.openqa.selenium.support.ui.Select(desk.find("#lessonCode")).selectByValue("TRAFFIC");
			desk.find("#description").sendKeys("各校组织学生完成交通安全课程和测试。");
			desk.screenshot("campaign-01-issue-form");
			desk.submit("#issue-campaign");
			assertThat(desk.text()).contains("专题活动已发布").contains("交通安全进校园专题");
			campaign = Long.parseLong(desk.driver.getCurrentUrl().replaceAll("^.*/campaigns/(\\d+).*$", "$1"));
		}
		long studentClass = demo.jdbc()
			.sql("select s.class_id from people.student s join people.account a on a.person_id = s.id "
					+ "where a.username = 'student'")
			.query(Long.class)
			.single();
		long hw;
		try (Browser principal = new Browser(port, 1366, 900)) {
			principal.login("principal", Demo.PASSWORD);
			principal.open("/campaigns");
			principal.submit("#campaign-table a[href='/homework/new?campaign=" + campaign + "']");
			principal.click("#class-" + studentClass);
			principal.screenshot("campaign-02-assign-form");
			principal.submit("#assign-homework");
			assertThat(principal.text()).contains("作业已布置给").contains("交通安全进校园专题");
			hw = Long.parseLong(principal.driver.getCurrentUrl().replaceAll("^.*/homework/(\\d+).*$", "$1"));
			principal.screenshot("campaign-03-homework");
		}
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("student", Demo.PASSWORD);
			phone.open("/my/homework");
			assertThat(phone.text()).contains("我的作业").contains("交通安全进校园专题");
			phone.screenshot("campaign-04-student-my-homework-phone");
			phone.submit("#hw-" + hw + "-" + demo.studentOf("parent") + " a.btn");
			phone.submit("#mark-studied");
			assertThat(phone.text()).contains("已记录学习");
			for (var row : demo.jdbc()
				.sql("""
						select q.id, a from education.question q join education.lesson l on l.id = q.lesson_id,
						unnest(q.answer) a where l.code = 'TRAFFIC'""")
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.list()) {
				phone.click("#q-" + row[0] + "-" + row[1]);
			}
			phone.screenshot("campaign-05-student-quiz-phone");
			phone.submit("#submit-quiz");
			assertThat(phone.find("#quiz-result").getText()).contains("100");
			phone.screenshot("campaign-06-student-result-phone");
		}
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("parent", Demo.PASSWORD);
			phone.open("/my/homework");
			assertThat(phone.text()).contains("交通安全进校园专题");
			phone.submit("#hw-" + hw + "-" + demo.studentOf("parent") + " a.btn");
			assertThat(phone.text()).contains("家长版");
			phone.screenshot("campaign-07-parent-part-phone");
			phone.submit("#confirm-parent");
			assertThat(phone.text()).contains("家长确认已完成");
			assertThat(phone.find("#hw-" + hw + "-" + demo.studentOf("parent")).getText()).contains("已完成");
			phone.screenshot("campaign-08-parent-confirmed-phone");
		}
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("headteacher", Demo.PASSWORD);
			phone.open("/homework/" + hw + "/classes/" + studentClass);
			assertThat(phone.text()).doesNotContain("100.0%");
			phone.driver.executeScript("window.confirm = function () { return true; };");
			phone.submit("#remind-class");
			assertThat(phone.text()).containsPattern("已提醒 \\d+ 名未完成学生");
			phone.screenshot("campaign-09-headteacher-reminded-phone");
			everyoneElseInTheClassFinishes(hw, studentClass);
			phone.open("/homework/" + hw + "/classes/" + studentClass);
			assertThat(phone.find("#class-completion").getText()).isEqualTo("100.0%");
			assertThat(phone.present(By.id("remind-class"))).isEmpty();
			phone.screenshot("campaign-10-headteacher-class-100-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			// The roll-up folds new results within seconds; the county page shows them.
			desk.waitFor(d -> {
				desk.open("/campaigns/" + campaign + "?unit=R:450422");
				return !desk.find("#rate-completion").getText().equals("0.0%");
			});
			assertThat(desk.find("#children-table").getText()).contains("藤县第一高级中学");
			assertThat(desk.find("#trend-chart svg")).isNotNull();
			desk.screenshot("campaign-11-county-rates");
			desk.submit("#children-table a");
			assertThat(desk.text()).contains("返回上一级");
			desk.screenshot("campaign-12-county-drilldown");
		}
		try (Browser desk = new Browser(port, 1366, 1100)) {
			desk.login("wz_safety", Demo.PASSWORD);
			long winter = demo.jdbc()
				.sql("select id from education.campaign where title like '%冬季消防安全专题教育'")
				.query(Long.class)
				.single();
			desk.open("/campaigns/" + winter);
			assertThat(desk.find("#children-table").getText()).contains("藤县").contains("岑溪市");
			desk.screenshot("campaign-13-city-demo-campaign");
		}
	}

	/** The rest of the class and their parents do it through the same module API. */
	private void everyoneElseInTheClassFinishes(long hw, long classId) {
		record Pair(String student, long studentId, String parent) {
		}
		List<Pair> pairs = demo.jdbc()
			.sql("""
					select sa.username, s.id, (select pa.username from people.student_guardian g
					       join people.account pa on pa.person_id = g.guardian_id and pa.role = 'PARENT'
					       where g.student_id = s.id limit 1)
					from people.student s join people.account sa on sa.person_id = s.id and sa.role = 'STUDENT'
					join education.assignment a on a.student_id = s.id and a.homework_id = :h
					where s.class_id = :c and a.completed_at is null""")
			.param("h", hw)
			.param("c", classId)
			.query((rs, n) -> new Pair(rs.getString(1), rs.getLong(2), rs.getString(3)))
			.list();
		Map<Long, Set<Integer>> answers = new HashMap<>();
		demo.jdbc()
			.sql("select q.id, q.answer from education.question q join education.lesson l on l.id = q.lesson_id "
					+ "where l.code = 'TRAFFIC'")
			.query((rs, n) -> answers.put(rs.getLong(1), new HashSet<>(List.of((Integer[]) rs.getArray(2).getArray()))))
			.list();
		for (Pair p : pairs) {
			demo.callAs(p.student(), () -> education.submitHomework(hw, UUID.randomUUID(), answers));
			if (p.parent() != null) {
				demo.callAs(p.parent(), () -> education.confirmParentPart(hw, p.studentId()));
			}
			else {
				demo.jdbc()
					.sql("update education.assignment set parent_at = now() where homework_id = :h and student_id = :s")
					.param("h", hw)
					.param("s", p.studentId())
					.update();
			}
		}
	}

}
