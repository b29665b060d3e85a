package cn.xiaoan.browser;

import java.time.Duration;
import java.util.List;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 四级联网 on two installations of this machine: the city's administrator adds 藤县's
 * installation below, 藤县's administrator adds the city's above with the same secret, a
 * school of 藤县 reports a hazard, and it appears on the city's networking page.
 */
@PlatformTest
class ExchangeJourneyTests {

	static final String SECRET = "journey-secret-of-two-bureaus";

	static final String CITY_ADMIN_PASSWORD = "Journey-Admin-2026";

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedServer database;

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@AfterEach
	void singleInstallationAgain() {
		demo.jdbc().sql("delete from exchange.peer").update();
	}

	@Test
	void aHazardReportedAtTheCountyAppearsOnTheCitysScreen() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_city_journey",
				"--xiaoan.exchange.installation=wuzhou", "--xiaoan.admin.initial-password=" + CITY_ADMIN_PASSWORD)) {
			// the first administrator's password change is another journey
			city.getBean(JdbcClient.class)
				.sql("update people.account set must_change_password = false where username = 'admin'")
				.update();
			int cityPort = SecondInstance.port(city);
			try (Browser cityAdmin = new Browser(cityPort, 1366, 900)) {
				cityAdmin.login("admin", CITY_ADMIN_PASSWORD);
				cityAdmin.menu("/exchange");
				assertThat(cityAdmin.find("#peers").getText()).contains("未配置联网节点");
				addPeer(cityAdmin, "藤县平台", "xiaoan", "http://localhost:" + port, "450422", "DOWN");
				assertThat(cityAdmin.find("#peers").getText()).contains("藤县平台").contains("下级平台");
			}
			try (Browser county = new Browser(port, 390, 844)) {
				county.login("admin", Demo.PASSWORD);
				county.menu("/exchange");
				addPeer(county, "梧州市平台", "wuzhou", "http://localhost:" + cityPort, "450400", "UP");
				assertThat(county.find("#peers").getText()).contains("梧州市平台").contains("上级平台");
				county.screenshot("exchange-01-county-peers-phone");
			}
			// a school of 藤县, the region the county's installation serves
			List<Long> tengxian = demo.schoolsIn("450422");
			long school = tengxian.get(tengxian.size() - 1);
			long id = demo.callAs("tx_safety",
					() -> hazards
						.report(new ReportHazard(school, "联网旅程：配电箱未上锁", "", "", SafetyCategory.FIRE,
								HazardSource.AD_HOC, null, null, HazardGrade.MAJOR))
						.id());
			String number = HazardSummary.number(id);
			try (Browser cityAdmin = new Browser(cityPort, 1366, 900)) {
				cityAdmin.login("admin", CITY_ADMIN_PASSWORD);
				// the county's push job sends within its tick (10 s)
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
					cityAdmin.open("/exchange");
					return !cityAdmin.driver.findElements(By.cssSelector("tr[data-number='" + number + "']")).isEmpty();
				});
				String row = cityAdmin.find("tr[data-number='" + number + "']").getText();
				assertThat(row).contains("重大").contains("藤县平台").doesNotContain("配电箱");
				cityAdmin.screenshot("exchange-02-city-desktop");
				// the city's own hazard ledger lists it read-only, with where it comes
				// from
				cityAdmin.open("/hazards");
				String elsewhere = cityAdmin.find("#hazards-elsewhere tr[data-number='" + number + "']").getText();
				assertThat(elsewhere).contains("来自藤县平台").doesNotContain("配电箱");
				cityAdmin.screenshot("exchange-04-city-ledger-desktop");
			}
			try (Browser cityPhone = new Browser(cityPort, 390, 844)) {
				cityPhone.login("admin", CITY_ADMIN_PASSWORD);
				cityPhone.open("/exchange");
				assertThat(cityPhone.find("tr[data-number='" + number + "']").getText()).contains(number);
				cityPhone.screenshot("exchange-03-city-phone");
				cityPhone.open("/hazards");
				cityPhone.scrollTo("#hazards-elsewhere");
				cityPhone.screenshot("exchange-05-city-ledger-phone");
				cityPhone.open("/exchange");
				cityPhone.scrollTo("#bullying-counts");
				cityPhone.screenshot("exchange-06-city-counts-phone");
			}
			// the city's warning reaches 藤县's schools as the city's
			CityInstallation.seed(city);
			String title = "联网旅程：暴雨橙色预警";
			CityInstallation.issueWarning(city, title);
			try (Browser principal = new Browser(port, 390, 844)) {
				principal.login("principal", Demo.PASSWORD);
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
					principal.open("/warnings");
					return principal.text().contains(title);
				});
				assertThat(principal.text()).contains("梧州市");
				principal.screenshot("exchange-07-county-warning-from-city-phone");
			}
		}
	}

	private static void addPeer(Browser page, String name, String installation, String url, String region,
			String direction) {
		page.find("#name").sendKeys(name);
		page.find("#installation").sendKeys(installation);
		page.find("#url").sendKeys(url);
		page.find("#regionCode").sendKeys(region);
		new Select(page.find("#direction")).selectByValue(direction);
		page.find("#secret").sendKeys(SECRET);
		page.submit("#peer-form button[type=submit]");
	}

}
