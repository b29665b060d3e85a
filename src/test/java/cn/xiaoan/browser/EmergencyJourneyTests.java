package cn.xiaoan.browser;

import java.util.List;

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
 * A drill on a phone: the school's safety officer records a 3-minute evacuation of a
 * 4-storey building and sees it flagged 超时, opens a hazard from a problem found with one
 * click, and the county's safety officer sees the school leave the list of schools that
 * have not drilled this month.
 */
@PlatformTest
class EmergencyJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	private static int missing(Browser county) {
		county.open("/drills/compliance");
		return Integer.parseInt(county.find("#fig-missing").getText());
	}

	@Test
	void aSlowDrillIsFlaggedItsProblemOpensAHazardAndTheCountySeesTheSchoolDrilled() throws Exception {
		long school = demo.schoolOf("safety");
		int missingBefore;
		try (Browser county = new Browser(port, 1366, 900)) {
			county.login("tx_safety", Demo.PASSWORD);
			missingBefore = missing(county);
			assertThat(county.driver.findElements(By.cssSelector("#missing-table tr[data-school='" + school + "']")))
				.hasSize(1);
			county.screenshot("emergency-01-desktop-county-missing-before");
		}
		try (Browser safety = new Browser(port, 390, 844)) {
			safety.login("safety", Demo.PASSWORD);
			safety.open("/drills/new");
			safety.find("#scenario").sendKeys("火灾应急疏散演练");
			safety.find("#storeys").sendKeys("4");
			safety.find("#classes").sendKeys("高一1班至高一8班");
			safety.find("#headcount").sendKeys("412");
			safety.find("#evacuationMinutes").sendKeys("3");
			safety.find("#evacuationSeconds").sendKeys("0");
			safety.find("#problem-1").sendKeys("三楼东侧楼梯应急照明不亮");
			safety.screenshot("emergency-02-phone-drill-form");
			safety.submit("#save-drill");
			assertThat(safety.find("#drill-overtime").getText()).isEqualTo("超时");
			assertThat(safety.find("#overtime-note").getText()).contains("3分0秒", "120秒");
			safety.screenshot("emergency-03-phone-drill-overtime");
			safety.submit(".open-hazard");
			safety.scrollTo("#drill-problems");
			safety.screenshot("emergency-04-phone-problem-hazard");
			safety.click("#drill-problems a.hazard-link");
			safety.waitFor(d -> d.getCurrentUrl().matches(".*/hazards/\\d+$"));
			assertThat(safety.find("h1").getText()).contains("三楼东侧楼梯应急照明不亮");
			safety.screenshot("emergency-05-phone-hazard-from-drill");
			safety.open("/drills");
			assertThat(safety.driver.findElements(By.cssSelector("#drill-table .overtime-badge"))).isNotEmpty();
			safety.screenshot("emergency-06-phone-drill-ledger");
			safety.open("/emergency-plans");
			safety.click("#plan-table tr[data-kind='FIRE'] a.plan-link");
			safety.waitFor(d -> d.getCurrentUrl().matches(".*/emergency-plans/\\d+$"));
			assertThat(safety.driver.findElements(By.cssSelector("#campus-svg .route"))).hasSize(2);
			safety.screenshot("emergency-10-phone-plan");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			assertThat(missing(county)).isEqualTo(missingBefore - 1);
			assertThat(county.present(By.cssSelector("#missing-table tr[data-school='" + school + "']"))).isEmpty();
			assertThat(county.find("#compliance-table tr[data-key='" + school + "']").getText()).contains("100.0%");
			county.screenshot("emergency-07-phone-county-compliance");
		}
		try (Browser county = new Browser(port, 1366, 900)) {
			county.login("tx_safety", Demo.PASSWORD);
			missing(county);
			county.screenshot("emergency-08-desktop-county-compliance");
			county.open("/emergency-plans");
			county.screenshot("emergency-09-desktop-county-plan-sets");
			List<org.openqa.selenium.WebElement> rows = county.driver
				.findElements(By.cssSelector("#planset-table tr[data-school='" + school + "']"));
			assertThat(rows).singleElement()
				.extracting(org.openqa.selenium.WebElement::getText)
				.asString()
				.contains("8");
		}
	}

}
