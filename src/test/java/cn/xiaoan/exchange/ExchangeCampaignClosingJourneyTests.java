package cn.xiaoan.exchange;

import java.time.Duration;

import cn.xiaoan.browser.Browser;
import cn.xiaoan.education.Campaign;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 撤回 and 提前结束 across installations (ADR 0070), in Chromium on a desktop and a phone:
 * 梧州市's bureau opens its campaign, sends the form without a reason (refused in Chinese
 * under the field), ends one campaign early and withdraws another; 藤县's bureau, its
 * principal and its student then see each closed, with the reason.
 */
@PlatformTest
class ExchangeCampaignClosingJourneyTests extends CampaignJourneyFixture {

	static final String RUN = "联网撤回旅程：";

	@Override
	String run() {
		return RUN;
	}

	@Test
	void theCityEndsOneCampaignAndWithdrawsAnotherAndTheCountySeesWhyOnEveryPage() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "closing_journey",
				"--xiaoan.exchange.installation=wuzhou", "--xiaoan.exchange.push-delay=PT1H",
				"--xiaoan.exchange.campaign-counts-delay=PT1H",
				"--xiaoan.admin.initial-password=" + CITY_ADMIN_PASSWORD)) {
			CityInstallation.linkedAboveTheCounty(city, below.demo, exchange, port, SECRET);
			long down = city.getBean(Peers.class).byInstallation("xiaoan").orElseThrow().id();
			JdbcClient cityDb = city.getBean(JdbcClient.class);
			ExchangePush cityPush = city.getBean(ExchangePush.class);
			Campaign toEnd = CampaignsDown.issue(city, RUN + "寒假防火专题教育");
			Campaign toWithdraw = CampaignsDown.issue(city, RUN + "误发的防溺水专题");
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(cityPush, cityDb, down);
				return below.demo.jdbc()
					.sql("select count(*) from education.campaign where title like :t")
					.param("t", RUN + "%")
					.query(Long.class)
					.single() == 2;
			});
			below.doneByTheStudent(below.received(toEnd.title()));

			int cityPort = SecondInstance.port(city);
			try (Browser bureau = new Browser(cityPort, 390, 844)) {
				bureau.login("wz_admin", CITY_ADMIN_PASSWORD);
				bureau.open("/campaigns/" + toEnd.id());
				bureau.click("#campaign-close summary");
				bureau.screenshot("campaign-close-01-city-form-phone");
				bureau.scrollTo("#end-campaign").click();
				bureau.driver.switchTo().alert().accept();
				bureau.waitFor(d -> !d.findElements(By.cssSelector("#campaign-close .invalid-feedback")).isEmpty());
				assertThat(bureau.find("#campaign-close .invalid-feedback").getText()).isEqualTo("请填写原因");
				bureau.scrollTo("#reason");
				bureau.screenshot("campaign-close-02-city-refused-phone");
				bureau.find("#reason").sendKeys("受寒潮影响全市提前放假，活动提前结束");
				bureau.scrollTo("#end-campaign").click();
				bureau.driver.switchTo().alert().accept();
				bureau.waitFor(d -> d.findElements(By.id("campaign-closed")).size() == 1);
				assertThat(bureau.find("#campaign-closed").getText()).contains("已提前结束").contains("寒潮");
				bureau.screenshot("campaign-close-03-city-ended-phone");
			}
			try (Browser bureau = new Browser(cityPort, 1366, 900)) {
				bureau.login("wz_admin", CITY_ADMIN_PASSWORD);
				bureau.open("/campaigns/" + toWithdraw.id());
				bureau.click("#campaign-close summary");
				bureau.find("#reason").sendKeys("误发：本次防溺水教育以自治区教育厅通知为准");
				bureau.screenshot("campaign-close-04-city-form-desktop");
				bureau.scrollTo("#withdraw-campaign").click();
				bureau.driver.switchTo().alert().accept();
				bureau.waitFor(d -> d.findElements(By.id("campaign-closed")).size() == 1);
				bureau.screenshot("campaign-close-05-city-withdrawn-desktop");
				bureau.open("/campaigns");
				assertThat(bureau.find("#campaign-table").getText()).contains("已撤回").contains("已提前结束");
				bureau.screenshot("campaign-close-06-city-list-desktop");
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(cityPush, cityDb, down);
				return below.received(toWithdraw.title()).withdrawn() && below.received(toEnd.title()).endedEarly();
			});
			long endedHere = below.received(toEnd.title()).id();
			long withdrawnHere = below.received(toWithdraw.title()).id();
			for (int[] size : new int[][] { { 1366, 900 }, { 390, 844 } }) {
				String device = size[0] > 1000 ? "desktop" : "phone";
				try (Browser county = new Browser(port, size[0], size[1])) {
					county.login("tx_admin", Demo.PASSWORD);
					county.open("/campaigns");
					assertThat(county.find("#campaign-table").getText()).contains("已撤回").contains("已提前结束");
					county.screenshot("campaign-close-07-county-list-" + device);
					county.open("/campaigns/" + withdrawnHere);
					assertThat(county.find("#campaign-closed").getText()).contains("自治区教育厅通知为准");
					assertThat(county.present(By.id("campaign-close"))).as("closed above only").isEmpty();
					county.screenshot("campaign-close-08-county-withdrawn-" + device);
				}
				try (Browser principal = new Browser(port, size[0], size[1])) {
					principal.login("principal", Demo.PASSWORD);
					principal.open("/campaigns/" + endedHere);
					assertThat(principal.find("#campaign-closed").getText()).contains("寒潮");
					principal.screenshot("campaign-close-09-school-ended-" + device);
				}
				try (Browser student = new Browser(port, size[0], size[1])) {
					student.login("student", Demo.PASSWORD);
					student.open("/my/homework");
					assertThat(student.text()).contains("寒潮").doesNotContain(toWithdraw.title());
					student.screenshot("campaign-close-10-student-homework-" + device);
				}
			}
		}
	}

}
