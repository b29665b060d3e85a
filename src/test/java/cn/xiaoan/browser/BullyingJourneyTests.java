package cn.xiaoan.browser;

import java.time.LocalDate;

import cn.xiaoan.bullying.BullyingReports;
import cn.xiaoan.bullying.ReportBullying;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A bullying case on phones: a pupil reports anonymously on the public form and keeps the
 * follow-up code; on day 9 the committee (the principal) decides it is bullying and
 * informs both families; the family of the student who bullied appeals and 藤县's office
 * overturns the decision within its 15 days; the reporter sees only the coarse state; a
 * case left undecided to day 11 shows late on the county page; a teacher off the
 * committee is told the case does not exist.
 */
@PlatformTest
class BullyingJourneyTests {

	private static final String STORY = "午饭后在操场角落被两个高年级同学推倒，还抢走了饭卡";

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	BullyingReports reports;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	private static void date(Browser browser, String css, LocalDate date) {
		browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find(css), date.toString());
	}

	@Test
	void anAnonymousReportIsDecidedInTimeAppealedAndOverturnedByTheCounty() throws Exception {
		long school = demo.schoolOf("principal");
		String code;
		try (Browser pupil = new Browser(port, 390, 844)) {
			pupil.open("/public/bullying");
			new Select(pupil.find("#county")).selectByValue("450422");
			pupil.submit("#county-submit");
			new Select(pupil.find("#public-form select[name=schoolId]")).selectByValue(String.valueOf(school));
			date(pupil, "#public-form input[name=happenedOn]", LocalDate.now());
			pupil.find("#public-form textarea[name=description]").sendKeys(STORY);
			pupil.find("#public-form input[name=victimName]").sendKeys("蓝晓东");
			pupil.find("#public-form input[name=actorNames]").sendKeys("甘伟、钟磊");
			pupil.screenshot("bullying-01-phone-public-form");
			pupil.submit("#public-submit");
			code = pupil.find("#follow-up-code").getText();
			assertThat(code).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
			pupil.screenshot("bullying-02-phone-code");
		}
		long id = demo.jdbc()
			.sql("select id from bullying.bullying_case where description = :d")
			.param("d", STORY)
			.query(Long.class)
			.single();
		// the report came in nine days ago: the committee decides on its ninth day
		demo.jdbc().sql("""
				update bullying.bullying_case set opened_at = opened_at - interval '9 days',
				  decision_due = decision_due - 9 where id = :id""").param("id", id).update();
		try (Browser principal = new Browser(port, 390, 844)) {
			principal.login("principal", Demo.PASSWORD);
			principal.open("/bullying");
			principal.click("#case-table tr[data-case='" + id + "'] a.case-link");
			principal.waitFor(d -> d.getCurrentUrl().endsWith("/bullying/cases/" + id));
			assertThat(principal.find("#countdown").getText()).contains("还剩1天");
			assertThat(principal.find("#case-report").getText()).contains("蓝晓东", STORY);
			new Select(principal.find("#decision-form select[name=bullying]")).selectByValue("true");
			new Select(principal.find("#decision-form select[name=kind]")).selectByValue("PHYSICAL");
			new Select(principal.find("#decision-form select[name=severity]")).selectByValue("GENERAL");
			principal.find("#decision-form textarea[name=reasoning]").sendKeys("高年级学生多次推搡并抢夺财物，构成欺凌");
			principal.submit("#decision-submit");
			assertThat(principal.find("#case-decision").getText()).contains("构成欺凌", "肢体欺凌");
			for (String side : new String[] { "VICTIM", "ACTOR" }) {
				new Select(principal.find("#family-form select[name=side]")).selectByValue(side);
				new Select(principal.find("#family-form select[name=method]")).selectByValue("IN_PERSON");
				principal.submit("#family-submit");
			}
			assertThat(principal.find("#case-families").getText()).contains("被欺凌学生家长", "实施欺凌学生家长")
				.doesNotContain("双方家长均告知后才能结案");
			principal.screenshot("bullying-03-phone-decided-families-informed");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/bullying/cases/" + id);
			new Select(county.find("#appeal-form select[name=side]")).selectByValue("ACTOR");
			county.find("#appeal-form textarea[name=reason]").sendKeys("家长认为只是打闹，没有抢饭卡");
			county.submit("#appeal-submit");
			assertThat(county.find("#case-state").getText()).isEqualTo("复查中");
			assertThat(county.find("#case-appeal").getText()).contains(LocalDate.now().plusDays(15).toString());
			new Select(county.find("#review-form select[name=outcome]")).selectByValue("OVERTURNED");
			new Select(county.find("#review-form select[name=bullying]")).selectByValue("false");
			county.find("#review-form textarea[name=reasoning]").sendKeys("调取监控，饭卡系掉落后被捡到，推搡为一次性打闹，不构成欺凌");
			county.submit("#review-submit");
			assertThat(county.find("#review-outcome").getText()).contains("撤销学校认定", "不构成欺凌");
			assertThat(county.find("#case-decision").getText()).as("the school's decision is kept").contains("构成欺凌");
			county.screenshot("bullying-04-phone-county-overturned");
		}
		try (Browser pupil = new Browser(port, 390, 844)) {
			pupil.open("/public/bullying/status");
			pupil.find("#code").sendKeys(code);
			pupil.submit("#status-submit");
			assertThat(pupil.find("#case-status").getText()).contains("学校已作出认定").doesNotContain("蓝晓东");
			pupil.screenshot("bullying-05-phone-status");
		}
		try (Browser teacher = new Browser(port, 390, 844)) {
			teacher.login("teacher", Demo.PASSWORD);
			teacher.open("/bullying/cases/" + id);
			assertThat(teacher.text()).doesNotContain("蓝晓东", STORY);
			teacher.screenshot("bullying-06-phone-teacher-refused");
		}
	}

	@Test
	void aCaseUndecidedOnDayElevenShowsLateOnTheCountyPage() throws Exception {
		LocalDate received = LocalDate.now().minusDays(11);
		long id = demo.callAs("headteacher", () -> reports.report(new ReportBullying(null, received, "教室",
				"同学把她的作业本撕掉并在黑板上写侮辱性的话", "吴佳琪", "四年级", "", "四年级", "", "", received)));
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/bullying");
			assertThat(county.find("#late-cases").getText()).contains("第" + id + "号", "逾期1天");
			assertThat(county.find("#case-table tr[data-case='" + id + "']").getText()).contains("吴**")
				.doesNotContain("吴佳琪");
			county.screenshot("bullying-07-phone-county-late");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/bullying");
			desk.screenshot("bullying-08-desktop-county-list");
			desk.open("/bullying/statistics");
			assertThat(desk.find("#overdue-schools").getText()).isNotEmpty();
			desk.screenshot("bullying-09-desktop-statistics");
			desk.open("/bullying/cases/" + id);
			desk.screenshot("bullying-10-desktop-case");
		}
	}

}
