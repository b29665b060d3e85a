package cn.xiaoan.browser;

import java.time.LocalDate;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A township's quarterly meeting on phones: 藤州镇 has not met this quarter and the county
 * sees it in its "not met" list; the township records its meeting with a decision
 * assigned to the demo school's safety officer, who closes it with a result; the county
 * then sees 藤州镇 as met and the list one shorter.
 */
@PlatformTest
class MeetingJourneyTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aTownshipRecordsItsQuarterlyMeetingItsDecisionIsClosedAndTheCountySeesItMet() throws Exception {
		int notMetBefore;
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.menu("/meetings/compliance");
			assertThat(county.find("#row-450422100").getText()).contains("藤州镇", "本季度未开会");
			assertThat(county.find("#not-met-450422100").getText()).contains("藤州镇");
			notMetBefore = Integer.parseInt(county.find("#figure-not-met").getText());
			assertThat(county.driver.findElements(By.cssSelector("#not-met-list li"))).hasSize(notMetBefore);
			county.screenshot("meeting-01-phone-county-before");
		}
		try (Browser township = new Browser(port, 390, 844)) {
			township.login("tzz_safety", Demo.PASSWORD);
			township.open("/meetings");
			township.submit("#record-meeting");
			new Select(township.find("#kind")).selectByValue("TOWNSHIP");
			township.find("#title").sendKeys("藤州镇第四季度学校安全工作例会");
			township.find("#place").sendKeys("藤州镇政府二楼会议室");
			township.find("#chair").sendKeys("镇党委副书记 梁永强");
			township.click("label[for='dept-TOWNSHIP']");
			township.click("label[for='dept-EDUCATION']");
			township.click("label[for='dept-PUBLIC_SECURITY']");
			township.find("#attendees").sendKeys("梁永强（镇党委副书记）、韦国明（镇中心校校长）、黄伟（藤州派出所所长）");
			township.find("#minutes").sendKeys("会议通报了本季度辖区学校安全检查情况，部署冬季消防和防一氧化碳中毒工作。");
			township.screenshot("meeting-02-phone-record-form");
			township.submit("#meeting-submit");
			assertThat(township.driver.getCurrentUrl()).matches(".*/meetings/\\d+$");
			assertThat(township.find("#meeting-kind").getText()).isEqualTo("乡镇（街道）学校安全工作例会");
			township.find("#decision").sendKeys("各校完成冬季消防设施检查并报镇安全办");
			new Select(township.find("#ownerDepartment")).selectByValue("SCHOOL");
			township.find("#ownerPerson").sendKeys("藤县第一高级中学 安全办");
			township.find("#assignee").sendKeys("safety");
			township.driver.executeScript("arguments[0].value = arguments[1]", township.find("#deadline"),
					LocalDate.now().plusDays(14).toString());
			township.submit("#decision-submit");
			assertThat(township.find("#decision-table").getText()).contains("各校完成冬季消防设施检查", "待办");
			township.screenshot("meeting-03-phone-meeting-with-decision");
		}
		try (Browser school = new Browser(port, 390, 844)) {
			school.login("safety", Demo.PASSWORD);
			school.open("/meeting-tasks");
			school.screenshot("meeting-04-phone-school-tasks");
			school.driver.findElements(By.cssSelector("a.task-link"))
				.stream()
				.filter(a -> a.getText().contains("各校完成冬季消防设施检查"))
				.findFirst()
				.orElseThrow()
				.click();
			school.waitFor(d -> d.getCurrentUrl().matches(".*/meeting-tasks/\\d+$"));
			assertThat(school.find("#task-status").getText()).isEqualTo("待办");
			assertThat(school.present(By.cssSelector("#task-meeting"))).isEmpty();
			school.find("#result").sendKeys("全校灭火器、消防栓已逐一检查，更换过期灭火器6具");
			school.find("#evidence").sendKeys("检查记录表及照片（安全办存档）");
			school.submit("#task-close");
			assertThat(school.find("#task-status").getText()).isEqualTo("已办结");
			assertThat(school.find("#task-result").getText()).contains("更换过期灭火器6具");
			school.screenshot("meeting-05-phone-task-closed");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/meetings/compliance");
			assertThat(county.find("#row-450422100").getText()).contains("本季度已开会");
			assertThat(county.present(By.cssSelector("#not-met-450422100"))).isEmpty();
			assertThat(Integer.parseInt(county.find("#figure-not-met").getText())).isEqualTo(notMetBefore - 1);
			county.screenshot("meeting-06-phone-county-after");
			county.open("/meetings?kind=TOWNSHIP&region=450422100");
			assertThat(county.text()).contains("藤州镇第四季度学校安全工作例会", "1 / 1 已办结");
			county.screenshot("meeting-07-phone-county-ledger");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/meetings/compliance");
			desk.screenshot("meeting-08-desktop-county-compliance");
			desk.open("/meetings");
			desk.click("a.meeting-link");
			desk.waitFor(d -> d.getCurrentUrl().matches(".*/meetings/\\d+$"));
			desk.screenshot("meeting-09-desktop-meeting");
		}
		try (Browser city = new Browser(port, 1366, 900)) {
			city.login("wz_safety", Demo.PASSWORD);
			city.open("/meetings/compliance");
			assertThat(city.find("#row-450422").getText()).contains("藤县");
			city.screenshot("meeting-10a-desktop-city");
			city.click("#row-450422 a");
			city.waitFor(d -> d.getCurrentUrl().contains("region=450422"));
			assertThat(city.find("#row-450422100").getText()).contains("本季度已开会");
			city.screenshot("meeting-10-desktop-city-drilled");
		}
	}

}
