package cn.xiaoan.browser;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 一岗双带 on phones: the head teacher flags a student of her class and pairs the student
 * with a subject teacher, who records a home visit; a second teacher of the same school
 * is refused the file and the visit (page and API); the head teacher reads it; the county
 * sees the month's count go up and never the content.
 */
@PlatformTest
class CareJourneyTests {

	private static final String HOME_VISIT_HELP = "联系镇妇联为其申请春蕾助学金，安排英语老师每周两次课后辅导";

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	private static void date(Browser browser, String css, LocalDate date) {
		browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find(css), date.toString());
	}

	/** A second teacher of the demo school, created by the principal through the API. */
	private void secondTeacher(long school) throws Exception {
		mvc.perform(post("/api/v1/accounts").with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"teacher_qin","displayName":"覃丽萍","role":"TEACHER","schoolId":%d,
					 "initialPassword":"Qin@2026-care"}""".formatted(school))).andExpect(status().isCreated());
		// the first sign-in's password change is another journey's
		demo.jdbc().sql("""
				update people.account set must_change_password = false,
				  password_hash = (select password_hash from people.account where username = 'teacher')
				where username = 'teacher_qin'""").update();
	}

	@Test
	void aTeacherRecordsAHomeVisitThatOnlyTheCircleReadsAndTheCountySeesCounted() throws Exception {
		long school = demo.schoolOf("headteacher");
		secondTeacher(school);
		long classId = demo.jdbc()
			.sql("select s.head_class_id from people.staff s join people.account a on a.person_id = s.id where a.username = 'headteacher'")
			.query(Long.class)
			.single();
		List<Long> students = demo.jdbc()
			.sql("select id from people.student where class_id = :c order by student_no")
			.param("c", classId)
			.query(Long.class)
			.list();
		long student = students.get(students.size() - 6);
		String name = demo.jdbc()
			.sql("select name from people.student where id = :s")
			.param("s", student)
			.query(String.class)
			.single();
		long teacher = demo.jdbc()
			.sql("select person_id from people.account where username = 'teacher'")
			.query(Long.class)
			.single();
		int visitsBefore;
		try (Browser county = new Browser(port, 1366, 900)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/care/overview?region=450422");
			visitsBefore = Integer.parseInt(county.find("#fig-visits").getText());
			county.screenshot("care-01-desktop-county-before");
		}
		try (Browser head = new Browser(port, 390, 844)) {
			head.login("headteacher", Demo.PASSWORD);
			head.open("/care/pupils/" + student);
			new Select(head.find("#flag-form select[name=flag]")).selectByValue("LEFT_BEHIND");
			head.find("#flag-form input[name=note]").sendKeys("父母均在广东务工，随奶奶生活");
			head.submit("#flag-submit");
			assertThat(head.find("#care-flags").getText()).contains("留守儿童", "随奶奶生活");
			head.open("/care/classes/" + classId);
			assertThat(head.find("#student-" + student).getText()).contains("重点关爱未结对");
			head.screenshot("care-02-phone-class-gap");
			new Select(head.find("#student-" + student + " select[name=staffId]"))
				.selectByValue(String.valueOf(teacher));
			head.submit("#student-" + student + " .pair-form button");
			assertThat(head.find("#care-message").getText()).contains("结对已确认");
			assertThat(head.find("#student-" + student).getText()).doesNotContain("重点关爱未结对");
			head.screenshot("care-03-phone-class-paired");
		}
		String visitUrl;
		try (Browser mine = new Browser(port, 390, 844)) {
			mine.login("teacher", Demo.PASSWORD);
			mine.menu("/care/mine");
			assertThat(mine.find("#mine-table").getText()).contains(name, "留守儿童");
			mine.screenshot("care-04-phone-my-students");
			mine.click("#mine-table tr[data-student='" + student + "'] a.file-link");
			mine.waitFor(d -> d.getCurrentUrl().endsWith("/care/pupils/" + student));
			new Select(mine.find("#visit-form select[name=form]")).selectByValue("HOME_VISIT");
			mine.find("#visit-form textarea[name=thinking]").sendKeys("想念在外打工的父母，愿意和老师聊天");
			mine.find("#visit-form textarea[name=studies]").sendKeys("英语成绩下滑明显");
			mine.find("#visit-form textarea[name=family]").sendKeys("奶奶七十岁，独自照顾两个孙子");
			mine.find("#visit-form textarea[name=difficulties]").sendKeys("放学后无人辅导作业");
			mine.find("#visit-form textarea[name=helpGiven]").sendKeys(HOME_VISIT_HELP);
			date(mine, "#visit-form input[name=nextFollowUp]", LocalDate.now().plusDays(14));
			mine.submit("#visit-submit");
			assertThat(mine.find("#care-message").getText()).contains("关爱记录已保存");
			assertThat(mine.find("#care-due").getText()).contains(LocalDate.now().plusDays(14).toString());
			mine.screenshot("care-05-phone-home-visit-recorded");
			mine.click("#visit-table a.visit-link");
			mine.waitFor(d -> d.getCurrentUrl().matches(".*/care/visits/\\d+$"));
			assertThat(mine.find("#visit").getText()).contains("家访", HOME_VISIT_HELP);
			visitUrl = mine.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
			mine.screenshot("care-06-phone-visit");
		}
		try (Browser other = new Browser(port, 390, 844)) {
			other.login("teacher_qin", Demo.PASSWORD);
			for (String page : List.of("/care/pupils/" + student, visitUrl)) {
				other.open(page);
				assertThat(other.text()).contains("无权访问").doesNotContain(HOME_VISIT_HELP, "随奶奶生活", name);
			}
			other.screenshot("care-07-phone-second-teacher-refused");
			other.open("/care/mine");
			assertThat(other.text()).doesNotContain(name);
		}
		mvc.perform(get("/api/v1" + visitUrl).with(demo.as("teacher_qin"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/care/pupils/{id}", student).with(demo.as("teacher_qin")))
			.andExpect(status().isForbidden());
		try (Browser head = new Browser(port, 390, 844)) {
			head.login("headteacher", Demo.PASSWORD);
			head.open(visitUrl);
			assertThat(head.find("#visit").getText()).contains(HOME_VISIT_HELP);
		}
		try (Browser county = new Browser(port, 1366, 900)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/care/overview?region=450422");
			assertThat(Integer.parseInt(county.find("#fig-visits").getText())).isEqualTo(visitsBefore + 1);
			assertThat(county.text()).doesNotContain(HOME_VISIT_HELP, name);
			county.screenshot("care-08-desktop-county-after");
			county.open(visitUrl);
			assertThat(county.text()).contains("无权访问").doesNotContain(HOME_VISIT_HELP);
		}
		try (Browser city = new Browser(port, 390, 844)) {
			city.login("wz_safety", Demo.PASSWORD);
			city.open("/care/overview");
			assertThat(city.find("#region-table").getText()).contains("藤县", "万秀区");
			assertThat(Integer.parseInt(city.find("#fig-visits").getText())).isGreaterThan(visitsBefore);
			city.screenshot("care-09-phone-city-rollup");
		}
	}

}
