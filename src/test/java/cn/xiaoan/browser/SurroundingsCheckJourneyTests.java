package cn.xiaoan.browser;

import java.util.List;

import cn.xiaoan.surroundings.CheckManagement;
import cn.xiaoan.surroundings.SurroundingsManagement;
import cn.xiaoan.surroundings.VenueCheck;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A check of the campus surroundings on a phone with no signal (ADR 0048): the principal
 * finds a lottery outlet by the gate with the network off (DevTools) — the page shows it
 * waiting — and when the network returns the check arrives exactly once, the outlet on
 * the register flagged inside the zone; the county sees the check on its desktop.
 */
@PlatformTest
class SurroundingsCheckJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	CheckManagement checks;

	@Autowired
	SurroundingsManagement register;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aCheckRecordedOfflineArrivesOnceWhenTheNetworkReturns() throws Exception {
		long school = demo.schoolOf("principal");
		demo.runAs("tx_safety", () -> register.setPosition(school, 110.9265, 23.3780));
		String name = "校门彩票点" + System.nanoTime() % 10000;
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("principal", Demo.PASSWORD);
			phone.open("/surroundings/checks/form");
			phone.waitFor(d -> "0".equals(d.findElement(By.id("queue-state")).getDomAttribute("data-count")));
			phone.screenshot("surroundings-check-01-form-phone");
			phone.offline(true);
			phone.click("label[for='outcome-NEW_VENUE']");
			new Select(phone.find("#kind")).selectByValue("LOTTERY");
			phone.find("#name").sendKeys(name);
			phone.find("#address").sendKeys("校门东侧20米");
			phone.find("#finding").sendKeys("新开彩票点，放学时有学生围观");
			phone.find("#longitude").clear();
			phone.find("#longitude").sendKeys("110.9268");
			phone.find("#latitude").clear();
			phone.find("#latitude").sendKeys("23.3782");
			phone.click("#check-submit");
			phone.waitFor(d -> d.findElement(By.id("queue-state")).getText().contains("1 条待上传"));
			phone.driver.executeScript("window.scrollTo(0, 0)");
			phone.screenshot("surroundings-check-02-offline-phone");
			assertThat(mine(name)).isEmpty();
			phone.offline(false);
			phone.waitFor(d -> "0".equals(d.findElement(By.id("queue-state")).getDomAttribute("data-count")));
			assertThat(phone.find("#queue-state").getText()).isEqualTo("全部已上传");
			assertThat(mine(name)).hasSize(1);
			// another "online" makes the page send its (now empty) queue again: still one
			phone.driver.executeScript("window.dispatchEvent(new Event('online'))");
			Thread.sleep(1000);
			assertThat(mine(name)).hasSize(1);
			assertThat(demo.callAs("principal", () -> register.list())).filteredOn(v -> v.name().equals(name))
				.singleElement()
				.matches(v -> v.flagged());
			phone.open("/surroundings/checks/form");
			assertThat(phone.find("#recent-checks").getText()).contains(name).contains("发现新场所");
			phone.screenshot("surroundings-check-03-synced-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/surroundings/checks/form");
			assertThat(desk.find("#recent-checks").getText()).contains(name);
			desk.screenshot("surroundings-check-04-county-desktop");
		}
	}

	private List<VenueCheck> mine(String venueName) {
		return demo.callAs("principal", () -> checks.checks(5000))
			.stream()
			.filter(c -> venueName.equals(c.venueName()))
			.toList();
	}

}
