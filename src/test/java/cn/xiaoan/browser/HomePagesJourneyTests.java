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
 * Issue 10, bureau home pages: a county, a city and a province official, and a principal,
 * at a desk and on a phone, see figures that say what they count and lead to the list
 * behind them, and a bureau sees its everyday view — open hazards by week, the schools
 * with the most overdue hazards, this month's inspections, campaigns one level down.
 */
@PlatformTest
class HomePagesJourneyTests {

	private static final int[][] SIZES = { { 1366, 900 }, { 390, 844 } };

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void bureauHomesShowWhatTheyCountAndLeadToIt() throws Exception {
		for (String user : List.of("tx_safety", "wz_safety", "gx_safety")) {
			for (int[] size : SIZES) {
				try (Browser browser = new Browser(port, size[0], size[1])) {
					browser.login(user, Demo.PASSWORD);
					assertThat(browser.text()).contains("未办结隐患", "未办结重大隐患", "逾期未整改隐患", "督办中");
					assertThat(browser.find("#tile-hazards-open").getAttribute("href")).endsWith("/hazards?open=true");
					assertThat(browser.find("#tile-hazards-major-open").getAttribute("href"))
						.endsWith("/hazards?open=true&grade=MAJOR");
					assertThat(browser.find("#tile-hazards-overdue").getAttribute("href"))
						.endsWith("/hazards?overdue=true");
					assertThat(browser.find("#tile-hazards-supervised").getAttribute("href"))
						.endsWith("/hazards/supervised");
					assertThat(browser.find("#tile-schools").getAttribute("href")).endsWith("/schools");
					assertThat(browser.driver.findElements(By.cssSelector("#home-trend svg g.trend-week"))).hasSize(12);
					assertThat(browser.find("#trend-latest").getText()).startsWith("今日：重大");
					assertThat(browser.find("#home-overdue-schools").getText()).contains("逾期未整改隐患最多的学校");
					browser.driver.findElements(By.cssSelector("#home-overdue-schools a"))
						.forEach(a -> assertThat(a.getAttribute("href")).contains("/hazards?schoolId=")
							.endsWith("&overdue=true"));
					assertThat(browser.find("#home-inspections").getText()).contains("本月排查任务完成情况");
					assertThat(fitsTheScreen(browser)).as(user + " " + size[0]).isTrue();
					String device = size[0] < 500 ? "phone" : "desktop";
					browser.screenshot("issue10-home-" + user + "-" + device);
					browser.scrollTo("#home-trend");
					browser.screenshot("issue10-home-" + user + "-trend-" + device);
				}
			}
		}
	}

	@Test
	void aCountyOfficialOpensTheMajorHazardsTileInTheLedger() throws Exception {
		try (Browser browser = new Browser(port, 1366, 900)) {
			browser.login("tx_safety", Demo.PASSWORD);
			browser.submit("#tile-hazards-major-open");
			assertThat(browser.driver.getCurrentUrl()).contains("/hazards")
				.contains("open=true")
				.contains("grade=MAJOR");
			browser.screenshot("issue10-home-tx_safety-major-tile-ledger-desktop");
		}
	}

	@Test
	void aPrincipalSeesTheSchoolAndReachesItsSafetyWork() throws Exception {
		long school = demo.schoolOf("principal");
		for (int[] size : SIZES) {
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("principal", Demo.PASSWORD);
				String device = size[0] < 500 ? "phone" : "desktop";
				assertThat(browser.find("#tile-schools").getAttribute("href")).endsWith("/schools/" + school);
				assertThat(browser.find("#tile-students").getAttribute("href"))
					.endsWith("/schools/" + school + "/students");
				assertThat(browser.find("#tile-hazards-supervised").getAttribute("href"))
					.endsWith("/hazards?supervised=true");
				assertThat(browser.present(By.id("home-trend"))).as("a school has no bureau view").isEmpty();
				assertThat(fitsTheScreen(browser)).isTrue();
				browser.screenshot("issue10-home-principal-" + device);

				browser.open("/schools/" + school);
				for (String link : List.of("risks", "riskmap", "hazards", "inspections", "education", "staffing",
						"training")) {
					assertThat(browser.driver.findElements(By.id("school-link-" + link))).as(link).hasSize(1);
				}
				assertThat(browser.find("#school-link-hazards").getAttribute("href"))
					.endsWith("/hazards?schoolId=" + school);
				assertThat(fitsTheScreen(browser)).isTrue();
				browser.screenshot("issue10-home-school-page-" + device);
				browser.submit("#school-link-education");
				assertThat(browser.driver.getCurrentUrl()).contains("/campaigns");
			}
		}
	}

	@Test
	void aTeacherSeesOnlyTheSchoolLinksTheTeacherMayOpen() throws Exception {
		long school = demo.schoolOf("teacher");
		try (Browser browser = new Browser(port, 390, 844)) {
			browser.login("teacher", Demo.PASSWORD);
			browser.open("/schools/" + school);
			assertThat(browser.driver.findElements(By.id("school-link-hazards"))).hasSize(1);
			assertThat(browser.present(By.id("school-link-training"))).isEmpty();
			assertThat(browser.present(By.id("school-link-staffing"))).isEmpty();
		}
	}

	/** Nothing wider than the window: no sideways scrolling on a phone. */
	private static boolean fitsTheScreen(Browser browser) {
		return (Boolean) browser.driver
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
	}

}
