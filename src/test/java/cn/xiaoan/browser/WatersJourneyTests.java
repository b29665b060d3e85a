package cn.xiaoan.browser;

import java.util.Map;

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
 * Drowning prevention on phones: 藤州镇's officer registers a pond with its outline, then
 * records a patrol with the network off — the page shows it waiting (待上传 1 条) — and when
 * the network returns the record arrives exactly once; the county sees the water on its
 * map and the finding in its list.
 */
@PlatformTest
class WatersJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	private static void network(Browser b, boolean offline) {
		b.driver.executeCdpCommand("Network.enable", Map.of());
		b.driver.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

	@Test
	void aTownshipRegistersAPondAndAPatrolRecordedOfflineArrivesOnceForTheCounty() throws Exception {
		String name = "塘步村鱼塘" + System.nanoTime() % 10000;
		try (Browser town = new Browser(port, 390, 844)) {
			town.login("tzz_safety", Demo.PASSWORD);
			town.open("/waters");
			town.submit("#new-water");
			town.find("#name").sendKeys(name);
			new Select(town.find("#kind")).selectByValue("POND");
			new Select(town.find("#riskLevel")).selectByValue("HIGH");
			town.find("#outline").sendKeys("110.9300,23.3800 110.9330,23.3802 110.9332,23.3780 110.9301,23.3779");
			town.find("#ownerUnit").sendKeys("城东社区");
			town.find("#ownerPerson").sendKeys("陈丽");
			town.screenshot("waters-01-register-phone");
			town.submit("#water-submit");
			assertThat(town.find("#water-name").getText()).isEqualTo(name);
			assertThat(town.find("#waters-svg").isDisplayed()).isTrue();
			town.screenshot("waters-02-water-phone");
			long water = Long.parseLong(town.driver.getCurrentUrl().replaceAll(".*/waters/(\\d+).*", "$1"));

			town.open("/waters/patrol?water=" + water);
			town.waitFor(d -> "0".equals(d.findElement(By.id("queue-state")).getDomAttribute("data-count")));
			network(town, true);
			town.click("label[for='finding-CHILDREN_SWIMMING']");
			town.find("#note").sendKeys("两名儿童在塘边戏水，已劝离");
			town.click("#patrol-submit");
			town.waitFor(d -> d.findElement(By.id("queue-state")).getText().contains("待上传 1 条"));
			town.screenshot("waters-03-patrol-offline-phone");
			assertThat(count(water)).isZero();
			network(town, false);
			town.waitFor(d -> "0".equals(d.findElement(By.id("queue-state")).getDomAttribute("data-count")));
			assertThat(town.find("#queue-state").getText()).isEqualTo("全部已上传");
			town.screenshot("waters-04-patrol-synced-phone");
			assertThat(count(water)).isEqualTo(1);
			town.driver.executeScript("window.dispatchEvent(new Event('online'))");
			Thread.sleep(1000);
			assertThat(count(water)).isEqualTo(1);
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/waters/map");
			assertThat(county.find("#waters-svg").getText()).contains(name);
			county.screenshot("waters-05-county-map-phone");
			county.open("/waters");
			assertThat(county.find("#findings-table").getText()).contains(name).contains("有儿童下水游泳");
			county.screenshot("waters-06-county-list-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/waters");
			desk.screenshot("waters-07-county-list-desktop");
			desk.open("/waters/map");
			desk.screenshot("waters-08-county-map-desktop");
		}
	}

	private long count(long water) {
		return demo.jdbc()
			.sql("select count(*) from waters.patrol where water_id = :w")
			.param("w", water)
			.query(Long.class)
			.single();
	}

}
