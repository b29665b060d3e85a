package cn.xiaoan.browser;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
 * A serious accident on phones: the school's safety officer reports a stampede three
 * hours after it happened (past the 2 h deadline), the county signs for it and sends it
 * on, the city signs for it, and 梧州's safety officer finds it among the late reports.
 */
@PlatformTest
class AccidentJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	private static void value(Browser browser, String css, String value) {
		browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find(css), value);
	}

	@Test
	void aSeriousAccidentReportedPastItsDeadlineClimbsToTheCityWhichSeesItLate() throws Exception {
		String place = "实验楼北侧楼梯" + System.nanoTime() % 10000;
		String occurred = LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
			.minusHours(3)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		String accidentUrl;
		try (Browser school = new Browser(port, 390, 844)) {
			school.login("safety", Demo.PASSWORD);
			school.menu("/accidents");
			school.submit("#report-link");
			value(school, "#occurredAt", occurred);
			school.find("#place").sendKeys(place);
			new Select(school.find("#kind")).selectByValue("STAMPEDE");
			new Select(school.find("#severity")).selectByValue("LARGER");
			school.find("#description").sendKeys("课间操集合时学生在楼梯转角拥挤摔倒");
			school.find("#firstMeasures").sendKeys("疏散学生，拨打120送医，封闭楼梯");
			school.find("#victim-surname-0").sendKeys("李");
			school.find("#victim-grade-0").sendKeys("高一年级");
			new Select(school.find("#victim-injury-0")).selectByValue("SERIOUS");
			school.find("#victim-surname-1").sendKeys("王");
			new Select(school.find("#victim-injury-1")).selectByValue("MINOR");
			school.screenshot("accident-report-phone");
			school.submit("#report-submit");
			assertThat(school.find("#accident-late").getText()).isEqualTo("逾期");
			assertThat(school.text()).contains(place, "学校 → 县级教育部门");
			accidentUrl = school.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
			school.screenshot("accident-reported-phone");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open(accidentUrl);
			assertThat(county.text()).contains("李某");
			county.submit("#forward");
			assertThat(county.text()).contains("县级教育部门 → 市级教育部门");
			county.screenshot("accident-county-forwarded-phone");
		}
		try (Browser city = new Browser(port, 390, 844)) {
			city.login("wz_safety", Demo.PASSWORD);
			city.open(accidentUrl);
			city.submit("#receive");
			city.open("/accidents");
			city.submit("#late-link");
			assertThat(city.text()).contains(place, "逾期未报");
			city.screenshot("accident-city-late-phone");
			city.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
			city.open("/accidents/statistics");
			city.screenshot("accident-city-statistics-desktop");
			city.open("/accidents/late");
			city.screenshot("accident-city-late-desktop");
		}
	}

}
