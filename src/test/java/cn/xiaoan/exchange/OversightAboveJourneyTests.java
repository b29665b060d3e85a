package cn.xiaoan.exchange;

import java.time.LocalDate;

import cn.xiaoan.assessment.AssessmentPeriod;
import cn.xiaoan.browser.Browser;
import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 梧州市's bureau on its own installation, 藤县 running the demo below it: the analysis page,
 * the leader screen, the ledger and the ranking show 藤县 as if it were the city's own,
 * read-only and marked "来自藤县平台" — on a desktop and on a phone.
 */
@PlatformTest
class OversightAboveJourneyTests {

	static final String ADMIN_PASSWORD = "Journey-Admin-2026";

	static final String BUREAU_PASSWORD = "Journey-Bureau-2026";

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedServer database;

	@Autowired
	ApplicationContext context;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	CountyBelow county;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@BeforeEach
	void below() {
		county = new CountyBelow(context, port);
	}

	@AfterEach
	void singleInstallationAgain() {
		county.unlink();
	}

	/** The charts draw after the page has loaded. */
	private static void settle() throws InterruptedException {
		Thread.sleep(800);
	}

	@Test
	void theCitySeesTheCountyOnItsAnalysisLeaderScreenLedgerAndRankingMarkedAsComingFromBelow() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "oversight_journey",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H",
				"--xiaoan.admin.initial-password=" + ADMIN_PASSWORD)) {
			JdbcClient cityDb = city.getBean(JdbcClient.class);
			cityDb.sql("update people.account set must_change_password = false where username = 'admin'").update();
			CityInstallation.seed(city);
			// the city's region tree holds its counties, 藤县 among them
			cityDb.sql(
					"insert into org.region (code, name, level, parent_code) values ('450422', '藤县', 'COUNTY', '450400')")
				.update();
			// a major hazard of 藤县 under 督办 there (ADR 0068)
			String supervised = cn.xiaoan.hazard.HazardSummary.number(county.supervisedMajor(mvc, "围墙裂缝（督办旅程）"));
			long up = county.linkTo(city, "藤县平台");
			county.sendOpenHazards(up);
			AssessmentPeriod quarter = AssessmentPeriod.quarterOf(LocalDate.now());
			county.score(quarter);
			county.sendScores(up);

			long scheme = CityInstallation.defineScheme(city, quarter.from().getYear());
			int cityPort = SecondInstance.port(city);
			try (Browser admin = new Browser(cityPort, 1366, 900)) {
				admin.login("admin", ADMIN_PASSWORD);
				admin.open("/accounts/new");
				admin.find("#username").sendKeys("wz_bureau");
				admin.find("#displayName").sendKeys("梧州市教育局");
				new Select(admin.find("#role")).selectByVisibleText("教育局管理员");
				new Select(admin.find("#regionCode")).selectByValue("450400");
				admin.find("#initialPassword").sendKeys(BUREAU_PASSWORD);
				admin.submit("#save-account");
			}
			cityDb.sql("update people.account set must_change_password = false where username = 'wz_bureau'").update();

			for (int[] size : new int[][] { { 1366, 900 }, { 390, 844 } }) {
				String device = size[0] > 1000 ? "desktop" : "phone";
				try (Browser bureau = new Browser(cityPort, size[0], size[1])) {
					bureau.login("wz_bureau", BUREAU_PASSWORD);
					bureau.open("/analytics?period=" + LocalDate.now().getYear());
					assertThat(bureau.find("#unit-table").getText()).contains("藤县").contains("来自藤县平台");
					assertThat(bureau.find("#figure-hazards").getText()).contains("藤县平台");
					settle();
					bureau.screenshot("oversight-01-analysis-" + device);
					bureau.scrollTo("#unit-table");
					bureau.screenshot("oversight-02-analysis-units-" + device);
					bureau.open("/analytics/screen");
					assertThat(bureau.find("#screen-units").getText()).contains("来自藤县平台");
					settle();
					bureau.screenshot("oversight-03-leader-screen-" + device);
					bureau.open("/hazards?period=" + LocalDate.now().getYear());
					assertThat(bureau.find("#elsewhere-figures").getText()).contains("下级平台上报");
					bureau.screenshot("oversight-04-ledger-" + device);
					bureau.open("/assessment/schemes/" + scheme + "/ranking?period=" + quarter.key());
					assertThat(bureau.find("#school-table").getText()).contains("来自藤县平台");
					assertThat(bureau.find("#region-table").getText()).contains("藤县").contains("来自藤县平台");
					bureau.screenshot("oversight-05-ranking-" + device);
					bureau.click(".school-elsewhere summary");
					assertThat(bureau.find(".elsewhere-evidence").getText()).contains("藤县平台");
					bureau.scrollTo(".school-elsewhere");
					bureau.screenshot("oversight-06-ranking-drill-" + device);
					// the 督办 filter lists 藤县's hazard under 督办, marked; /exchange shows
					// it
					bureau.open("/hazards?supervised=true");
					assertThat(bureau.find("#hazards-elsewhere [data-number='" + supervised + "']").getText())
						.contains("挂牌督办");
					bureau.scrollTo("#hazards-elsewhere");
					bureau.screenshot("oversight-07-ledger-supervised-" + device);
					bureau.open("/hazards/supervised");
					assertThat(bureau.find("#supervised-elsewhere").getText()).contains("下级平台挂牌督办的隐患");
					bureau.screenshot("oversight-08-supervised-board-" + device);
					bureau.open("/exchange");
					assertThat(bureau.find("#mirrored-hazards [data-number='" + supervised + "']").getText())
						.contains("督办中")
						.contains("县级督办");
					bureau.scrollTo("#mirrored-hazards [data-number='" + supervised + "']");
					bureau.screenshot("oversight-09-exchange-" + device);
				}
			}
		}
	}

}
