package cn.xiaoan.exchange;

import java.time.Duration;

import cn.xiaoan.browser.Browser;
import cn.xiaoan.education.Campaign;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 四级联网, a campaign (ADR 0069): 梧州市's bureau issues 防溺水专题教育 on its own installation; 藤县's
 * bureau finds it in its campaign list marked as sent down by 梧州市; the demo student does
 * it; the city's campaign page shows 藤县 in its rates, marked as coming from 藤县's
 * installation, and 藤县's schools one level further down, and its daily trend with 藤县's
 * days, a second student having finished yesterday (ADR 0079) — on a desktop and a phone.
 */
@PlatformTest
class ExchangeCampaignJourneyTests extends CampaignJourneyFixture {

	static final String TITLE = "联网专题旅程：2026年暑期防溺水专题教育";

	@Override
	String run() {
		return "联网专题旅程";
	}

	@Test
	void theCountyDoesTheCitysCampaignAndTheCitySeesItsSchoolsInTheRates() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "campaign_journey",
				"--xiaoan.exchange.installation=wuzhou", "--xiaoan.exchange.push-delay=PT1H",
				"--xiaoan.exchange.campaign-counts-delay=PT1H",
				"--xiaoan.admin.initial-password=" + CITY_ADMIN_PASSWORD)) {
			CityInstallation.linkedAboveTheCounty(city, below.demo, exchange, port, SECRET);
			Peers cityPeers = city.getBean(Peers.class);
			long down = cityPeers.byInstallation("xiaoan").orElseThrow().id();
			long up = peers.byInstallation("wuzhou").orElseThrow().id();
			var cityDb = city.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);

			Campaign issued = CampaignsDown.issue(city, TITLE);
			// the city's listener queues it after the commit
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(city.getBean(ExchangePush.class), cityDb, down);
				return below.demo.jdbc()
					.sql("select count(*) from education.campaign where title = :t")
					.param("t", TITLE)
					.query(Long.class)
					.single() > 0;
			});
			Campaign here = below.received(TITLE);
			cn.xiaoan.education.Homework hw = below.doneByTheStudent(here);
			below.settle(here.id());
			// a second student finished yesterday morning (北京时间): the trend has two days
			below.anotherStudentDoneAt(hw, here.id(),
					java.time.LocalDate.now()
						.minusDays(1)
						.atTime(7, 30)
						.atZone(java.time.ZoneId.of("Asia/Shanghai"))
						.toOffsetDateTime());
			below.countsUp.sendChanged(up);
			drain(push, below.demo.jdbc(), up);

			int cityPort = SecondInstance.port(city);
			for (int[] size : new int[][] { { 1366, 900 }, { 390, 844 } }) {
				String device = size[0] > 1000 ? "desktop" : "phone";
				try (Browser bureau = new Browser(cityPort, size[0], size[1])) {
					bureau.login("wz_admin", CITY_ADMIN_PASSWORD);
					bureau.open("/campaigns/" + issued.id());
					assertThat(bureau.find("#children-table").getText()).contains("藤县").contains("来自藤县平台");
					assertThat(bureau.find("#sources-note").getText()).contains("下级单位");
					bureau.screenshot("campaign-down-01-city-rates-" + device);
					assertThat(bureau.find("#trend-with-below").getText()).isEqualTo("含下级平台");
					assertThat(bureau.find("#trend-below").getText()).contains("藤县").contains("北京时间");
					bureau.click("#trend-table-box summary");
					assertThat(bureau.find("#trend-table").getText()).contains("1/").contains("2/");
					bureau.scrollTo("#trend");
					bureau.screenshot("campaign-down-06-city-trend-" + device);
					assertThat(bureau.find("#unassigned-table").getText()).contains("来自藤县平台");
					assertThat(bureau.find("#remind-unassigned").getText())
						.as("the city asks the installation below to remind its schools not assigned (ADR 0084)")
						.contains("下级平台");
					bureau.scrollTo("#children-table");
					bureau.screenshot("campaign-down-02-city-units-" + device);
					bureau.open("/campaigns/" + issued.id() + "?unit=R:450422");
					assertThat(bureau.find("#unit-rates").getText()).contains("藤县");
					bureau.scrollTo("#children-table");
					bureau.screenshot("campaign-down-03-city-county-drill-" + device);
				}
				try (Browser county = new Browser(port, size[0], size[1])) {
					county.login("tx_admin", Demo.PASSWORD);
					county.open("/campaigns");
					assertThat(county.find("#campaign-table").getText()).contains(TITLE).contains("梧州市平台下发");
					county.screenshot("campaign-down-04-county-list-" + device);
					county.open("/campaigns/" + here.id());
					assertThat(county.find("#campaign-from-above").getText()).contains("梧州市平台下发");
					county.screenshot("campaign-down-05-county-campaign-" + device);
				}
			}
		}
	}

}
