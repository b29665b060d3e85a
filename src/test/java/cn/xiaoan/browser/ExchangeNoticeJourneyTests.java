package cn.xiaoan.browser;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import cn.xiaoan.exchange.ExchangeManagement;
import cn.xiaoan.notice.NoticeCategory;
import cn.xiaoan.notice.NoticeManagement;
import cn.xiaoan.notice.NoticeSummary;
import cn.xiaoan.notice.SendNotice;
import cn.xiaoan.notice.StaffAudience;
import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 四级联网, notices: the city bureau (梧州市, its own installation) sends a notice to its
 * schools' leaders and the bureaus below; 藤县's principal finds it on the county's
 * installation under 发布单位 梧州市 with its attachment, reads it, and the city bureau sees 藤县
 * in its receipt tally, marked as coming from the county's platform.
 */
@PlatformTest
class ExchangeNoticeJourneyTests {

	static final String SECRET = "journey-secret-of-two-bureaus";

	static final String CITY_ADMIN_PASSWORD = "Journey-Admin-2026";

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
		demo.jdbc().sql("delete from notice.notice where title like '联网旅程%'").update();
	}

	@Test
	void aCityNoticeIsReadAtACountySchoolAndCountedInTheCitysTally() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_notice_journey",
				"--xiaoan.exchange.installation=wuzhou", "--xiaoan.admin.initial-password=" + CITY_ADMIN_PASSWORD)) {
			CityInstallation.linkedAboveTheCounty(city, demo, exchange, port, SECRET);
			int cityPort = SecondInstance.port(city);

			String title = "联网旅程：关于做好寒假前安全教育工作的通知";
			NoticeSummary sent = CityInstallation.asBureau("450400",
					() -> city.getBean(NoticeManagement.class)
						.send(new SendNotice(NoticeCategory.NOTICE, title,
								"各县（市、区）教育局、各学校：\n请于放假前完成一次安全教育，并组织学生观看防溺水、防火、交通安全专题片。", true,
								LocalDateTime.now().plusDays(3).withSecond(0).withNano(0), StaffAudience.LEADERS, "",
								List.of(), List.of(), true, List.of(), false, false, true),
								List.of(new SendNotice.Attachment("寒假安全教育工作方案.pdf",
										"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8)))));

			try (Browser principal = new Browser(port, 390, 844)) {
				principal.login("principal", Demo.PASSWORD);
				// the city's push job sends within its tick (10 s)
				await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
					principal.open("/notices");
					return principal.text().contains(title);
				});
				principal.screenshot("exchange-notice-01-school-list-phone");
				principal.driver.findElement(org.openqa.selenium.By.partialLinkText("寒假前安全教育")).click();
				assertThat(principal.find("#notice-content").getText()).contains("梧州市").contains("寒假安全教育工作方案.pdf");
				principal.screenshot("exchange-notice-02-school-notice-phone");
			}
			try (Browser desktop = new Browser(port, 1366, 900)) {
				desktop.login("principal", Demo.PASSWORD);
				desktop.open("/notices");
				desktop.driver.findElement(org.openqa.selenium.By.partialLinkText("寒假前安全教育")).click();
				desktop.screenshot("exchange-notice-03-school-notice-desktop");
			}
			try (Browser bureau = new Browser(cityPort, 1366, 900)) {
				bureau.login("wz_admin", CITY_ADMIN_PASSWORD);
				// the county's push job sends the reading up within its tick
				await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
					bureau.open("/notices/" + sent.id());
					return bureau.text().contains("来自藤县平台") && !bureau.driver
						.findElements(org.openqa.selenium.By.cssSelector("#receipt-regions .region-source"))
						.isEmpty() && bureau.find("#fig-read").getText().trim().matches("(?s)[1-9].*");
				});
				bureau.scrollTo("#receipts");
				bureau.screenshot("exchange-notice-04-city-tally-desktop");
				bureau.open("/notices/" + sent.id() + "?region=450422");
				assertThat(bureau.find("#unit-lines").getText()).contains("来自藤县平台");
				bureau.scrollTo("#receipts");
				bureau.screenshot("exchange-notice-05-city-tally-tengxian-desktop");
			}
			try (Browser phone = new Browser(cityPort, 390, 844)) {
				phone.login("wz_admin", CITY_ADMIN_PASSWORD);
				phone.open("/notices/" + sent.id());
				phone.scrollTo("#receipt-regions");
				phone.screenshot("exchange-notice-06-city-tally-phone");
				phone.open("/notices/" + sent.id() + "?region=450422&filter=READ");
				phone.scrollTo("#unit-lines");
				phone.screenshot("exchange-notice-07-city-tally-tengxian-phone");
			}
		}
	}

}
