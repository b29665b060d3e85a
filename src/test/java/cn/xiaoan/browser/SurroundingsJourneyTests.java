package cn.xiaoan.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

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
 * Campus surroundings on phones: the county records an internet cafe 100 m from the demo
 * school's gate — flagged inside the zone and sent to market supervision — the county's
 * market supervision bureau closes it from its inbox with a photo, and the county
 * confirms; a guard checks in at the school gate with the network off and the check-in
 * arrives exactly once when it returns.
 */
@PlatformTest
class SurroundingsJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aVenueInsideTheZoneIsFlaggedAndClosedByMarketSupervisionWithEvidence() throws Exception {
		String name = "飞宇网吧" + System.nanoTime() % 10000;
		long school = demo.schoolOf("principal");
		String caseUrl;
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/surroundings/schools");
			county.screenshot("surroundings-01-gates-phone");
			county.open("/surroundings");
			county.submit("#new-venue");
			new Select(county.find("#schoolId")).selectByValue(String.valueOf(school));
			new Select(county.find("#kind")).selectByValue("INTERNET_CAFE");
			county.find("#name").sendKeys(name);
			county.find("#address").sendKeys("藤州镇东胜路20号");
			county.find("#longitude").sendKeys("110.9272");
			county.find("#latitude").sendKeys("23.3786");
			county.screenshot("surroundings-02-record-phone");
			county.submit("#venue-submit");
			assertThat(county.find("#venue-name").getText()).isEqualTo(name);
			assertThat(county.find("#venue-flag").getText()).contains("禁设区内");
			assertThat(county.find("#venue-distance").getText()).contains("米");
			assertThat(county.find("#surroundings-svg").isDisplayed()).isTrue();
			county.screenshot("surroundings-03-venue-flagged-phone");
			county.submit("#venue-case-link");
			assertThat(county.find("#case-department").getText()).isEqualTo("市场监管部门");
			caseUrl = county.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
		}
		Path photo = Files.createTempFile("evidence", ".jpg");
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(40, 90, 160));
		g.fillRect(0, 0, 320, 240);
		g.dispose();
		ImageIO.write(image, "jpg", photo.toFile());
		try (Browser market = new Browser(port, 390, 844)) {
			market.login("market", Demo.PASSWORD);
			market.open("/surroundings/venue-cases");
			assertThat(market.find("#cases-table").getText()).contains(name);
			market.screenshot("surroundings-04-market-inbox-phone");
			market.open(caseUrl);
			market.find("#result").sendKeys("已依法取缔，查扣电脑12台，经营者已签字确认");
			market.find("#photo").sendKeys(photo.toString());
			market.screenshot("surroundings-05-market-close-phone");
			market.submit("#close-submit");
			assertThat(market.find("#case-timeline").getText()).contains("责任部门办结").contains("藤县市场监督管理局");
			assertThat(market.driver.findElements(By.cssSelector("#case-photos img"))).hasSize(1);
			market.screenshot("surroundings-06-market-closed-phone");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open(caseUrl);
			county.submit("#confirm-case");
			assertThat(county.find("#case-timeline").getText()).contains("县级确认销号");
			county.screenshot("surroundings-07-confirmed-phone");
			county.open("/surroundings/map");
			assertThat(county.find("#surroundings-svg").getText()).contains(name);
			county.screenshot("surroundings-08-map-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/surroundings");
			assertThat(desk.find("#venues-table").getText()).contains(name);
			desk.screenshot("surroundings-09-register-desktop");
			desk.open("/surroundings/map");
			desk.screenshot("surroundings-10-map-desktop");
			desk.open(caseUrl);
			desk.screenshot("surroundings-11-case-desktop");
			desk.open("/surroundings/guard-posts");
			desk.screenshot("surroundings-12-posts-desktop");
		}
	}

	@Test
	void aCheckInRecordedWithTheNetworkOffArrivesExactlyOnce() throws Exception {
		long school = demo.schoolOf("guard");
		long before = count(school);
		try (Browser guard = new Browser(port, 390, 844)) {
			guard.login("guard", Demo.PASSWORD);
			guard.open("/surroundings/check-in");
			guard.waitFor(d -> "0".equals(d.findElement(By.id("queue-state")).getDomAttribute("data-count")));
			guard.offline(true);
			guard.find("#note").sendKeys("已到岗，民警同在");
			guard.click("#checkin-submit");
			guard.waitFor(d -> d.findElement(By.id("queue-state")).getText().contains("1 条待上传"));
			guard.screenshot("surroundings-13-checkin-offline-phone");
			assertThat(count(school)).isEqualTo(before);
			guard.offline(false);
			guard.waitFor(d -> "0".equals(d.findElement(By.id("queue-state")).getDomAttribute("data-count")));
			assertThat(guard.find("#queue-state").getText()).isEqualTo("全部已上传");
			assertThat(count(school)).isEqualTo(before + 1);
			guard.driver.executeScript("window.dispatchEvent(new Event('online'))");
			Thread.sleep(1000);
			assertThat(count(school)).isEqualTo(before + 1);
			guard.open("/surroundings/check-in");
			guard.screenshot("surroundings-14-checkin-synced-phone");
			guard.open("/surroundings/guard-posts");
			guard.screenshot("surroundings-15-posts-phone");
		}
	}

	private long count(long school) {
		return demo.jdbc()
			.sql("select count(*) from surroundings.check_in where school_id = :s")
			.param("s", school)
			.query(Long.class)
			.single();
	}

}
