package cn.xiaoan.browser;

import java.time.Duration;

import cn.xiaoan.exchange.ExchangeManagement;
import cn.xiaoan.platform.EmbeddedServer;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 四级联网, a notice only the county has schools for (ADR 0067): the city bureau (梧州市, its
 * own installation, no school of the demo school's type) sends one to that type; its page
 * says no recipient here and one lower platform; the same to a district no platform below
 * serves is refused with a form message; the city withdraws the first and 藤县's principal
 * sees it withdrawn on the county's installation.
 */
@PlatformTest
class ExchangeNoticeFollowUpJourneyTests {

	static final String SECRET = "journey-secret-of-two-bureaus";

	static final String CITY_ADMIN_PASSWORD = "Journey-Admin-2026";

	static final String TITLE = "联网撤回旅程：关于做好寄宿制高中冬季安全工作的通知";

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedServer database;

	@Autowired
	Demo demo;

	@Autowired
	ExchangeManagement exchange;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@AfterEach
	void singleInstallationAgain() {
		demo.jdbc().sql("delete from exchange.peer").update();
		demo.jdbc().sql("delete from notice.notice where title like '联网撤回旅程%'").update();
	}

	@Test
	void aCityNoticeOnlyTheCountyMatchesIsSentThenWithdrawnAtTheCountySchool() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_follow_journey",
				"--xiaoan.exchange.installation=wuzhou", "--xiaoan.admin.initial-password=" + CITY_ADMIN_PASSWORD)) {
			CityInstallation.linkedAboveTheCounty(city, demo, exchange, port, SECRET);
			int cityPort = SecondInstance.port(city);
			String type = demo.jdbc()
				.sql("select type from org.school where id = :s")
				.param("s", demo.schoolOf("principal"))
				.query(String.class)
				.single();

			String noticePath;
			try (Browser bureau = new Browser(cityPort, 1366, 900)) {
				bureau.login("wz_admin", CITY_ADMIN_PASSWORD);
				fill(bureau, TITLE, type, "");
				bureau.submit("#notice-publish");
				assertThat(bureau.find("#notice-reach").getText()).contains("本平台接收对象 0 个").contains("下级平台 1 个");
				noticePath = bureau.driver.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
				bureau.screenshot("exchange-follow-01-city-sent-desktop");

				// 万秀区: no school of that type there and no platform below serves it
				fill(bureau, "联网撤回旅程：无人接收的通知", type, "450403");
				bureau.submit("#notice-publish");
				assertThat(bureau.find("#targets-error").getText()).contains("也没有接收转发的下级平台");
				bureau.screenshot("exchange-follow-02-city-refused-desktop");
			}
			try (Browser phone = new Browser(cityPort, 390, 844)) {
				phone.login("wz_admin", CITY_ADMIN_PASSWORD);
				phone.open(noticePath);
				phone.screenshot("exchange-follow-03-city-sent-phone");
				fill(phone, "联网撤回旅程：无人接收的通知", type, "450403");
				phone.submit("#notice-publish");
				phone.scrollTo("#notice-publish");
				phone.screenshot("exchange-follow-04-city-refused-phone");
			}
			try (Browser principal = new Browser(port, 390, 844)) {
				principal.login("principal", Demo.PASSWORD);
				// the city's push job sends within its tick (10 s)
				await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
					principal.open("/notices");
					return principal.text().contains(TITLE);
				});
				try (Browser bureau = new Browser(cityPort, 1366, 900)) {
					bureau.login("wz_admin", CITY_ADMIN_PASSWORD);
					bureau.open(noticePath);
					bureau.scrollTo("#withdraw").click();
					bureau.driver.switchTo().alert().accept();
					bureau.waitFor(d -> d.findElements(By.id("withdrawn-banner")).size() == 1);
					bureau.screenshot("exchange-follow-05-city-withdrawn-desktop");
				}
				await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
					principal.open("/notices");
					return !principal.driver.findElements(By.xpath("//a[.//span[@class='notice-title' and text()='"
							+ TITLE + "']]//span[contains(@class,'text-bg-secondary')]"))
						.isEmpty();
				});
				principal.screenshot("exchange-follow-06-school-list-withdrawn-phone");
				principal.driver.findElement(By.partialLinkText("寄宿制高中冬季安全")).click();
				assertThat(principal.find("#withdrawn-banner").getText()).contains("撤回");
				principal.screenshot("exchange-follow-07-school-notice-withdrawn-phone");
			}
		}
	}

	/**
	 * The notice form: a title, the leaders of schools of one type, in a region or all.
	 */
	private static void fill(Browser bureau, String title, String type, String region) {
		bureau.open("/notices/new");
		bureau.find("#title").sendKeys(title);
		bureau.find("#body").sendKeys("各县（市、区）教育局、各学校：\n请做好寄宿生冬季防火、防一氧化碳中毒工作。");
		new Select(bureau.find("#regionCode")).selectByValue(region);
		bureau.click("#type-" + type);
	}

}
