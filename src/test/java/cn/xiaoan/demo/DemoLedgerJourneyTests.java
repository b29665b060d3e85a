package cn.xiaoan.demo;

import cn.xiaoan.browser.Browser;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The county official opens the demo hazard 藤县 supervises, on a desk and on a phone, and
 * finds what the rules made of it: the notice, the 五落实 plan, and a history from 排查 on.
 */
@PlatformTest
class DemoLedgerJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@ParameterizedTest
	@CsvSource({ "1366, 900, desktop", "390, 844, phone" })
	void theSupervisedDemoHazardShowsItsNoticePlanAndWholeHistory(int width, int height, String device)
			throws Exception {
		long id = demo.jdbc().sql("""
				select hazard_id from hazard.supervision where bureau_region = '450422' and accepted_at is null
				order by hazard_id limit 1""").query(Long.class).single();
		try (Browser browser = new Browser(port, width, height)) {
			browser.login("tx_safety", Demo.PASSWORD);
			browser.open("/hazards/" + id);
			assertThat(browser.find("#supervision").getText()).contains("督办〔");
			assertThat(browser.find("#plan").getText()).contains("分管副校长");
			assertThat(browser.text()).contains(demo.jdbc()
				.sql("select location from hazard.hazard where id = :id")
				.param("id", id)
				.query(String.class)
				.single());
			var history = browser.driver.findElements(By.cssSelector("#hazard-history li"));
			assertThat(history).hasSizeGreaterThanOrEqualTo(6);
			assertThat(history.get(0).getText()).contains("学校安全办");
			browser.screenshot("issue10-demo-supervised-hazard-" + device);
			browser.scrollTo("#hazard-history");
			browser.screenshot("issue10-demo-hazard-history-" + device);
		}
	}

}
