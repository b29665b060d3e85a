package cn.xiaoan.browser;

import java.awt.BasicStroke;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A principal grades a risk point on a phone and places it on the campus map. */
@PlatformTest
class RiskJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void aPrincipalAdoptsAssessesRedAndMapsARiskPointOnAPhone() throws Exception {
		long school = demo.schoolOf("principal");
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("principal", Demo.PASSWORD);
			phone.open("/schools/" + school + "/risks");
			assertThat(phone.text()).contains("安全风险清单").contains("从标准库添加风险点");
			new Select(phone.find("#templateId")).selectByVisibleText("配电房");
			phone.find("#adopt").click();
			phone.waitFor(d -> d.getCurrentUrl().contains("/risks/") && d.getCurrentUrl().contains("adopted"));
			assertThat(phone.text()).contains("已添加到本校风险清单").contains("配电房").contains("未评估");

			new Select(phone.find("#lec-l")).selectByValue("10");
			new Select(phone.find("#lec-e")).selectByValue("6");
			new Select(phone.find("#lec-c")).selectByValue("15");
			WebElement person = phone.find("#responsiblePerson");
			person.clear();
			person.sendKeys("李校长");
			phone.scrollTo("#assess").click();
			phone.waitFor(d -> d.getCurrentUrl().contains("assessed"));
			assertThat(phone.text()).contains("评估已保存").contains("重大风险（红）").contains("LEC 900").contains("校长负责管控");
			phone.screenshot("risk-01-assessed-red");

			phone.open("/schools/" + school + "/risks");
			assertThat(phone.find("#risk-table").getText()).contains("配电房").contains("重大风险（红）");
			phone.screenshot("risk-02-inventory");

			phone.submit("#map-link");
			Path plan = campusPlan();
			phone.find("#plan-file").sendKeys(plan.toAbsolutePath().toString());
			phone.scrollTo("#upload-plan").click();
			phone.waitFor(d -> d.getCurrentUrl().contains("uploaded"));
			new Select(phone.find("#pointId"))
				.selectByVisibleText(phone.driver.findElements(By.cssSelector("#pointId option"))
					.stream()
					.map(WebElement::getText)
					.filter(t -> t.contains("配电房"))
					.findFirst()
					.orElseThrow());
			WebElement map = phone.scrollTo("#risk-map-svg");
			new Actions(phone.driver).moveToElement(map, map.getSize().getWidth() / 4, -map.getSize().getHeight() / 5)
				.click()
				.perform();
			phone.waitFor(d -> d.getCurrentUrl().contains("placed"));
			assertThat(phone.driver.findElements(By.cssSelector("#risk-map-svg circle"))).isNotEmpty();
			assertThat(phone.find("#risk-map-svg circle").getAttribute("fill")).isEqualTo("#d63031");
			phone.scrollTo("h1");
			phone.screenshot("risk-03-map");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.menu("/risks/major");
			assertThat(desk.find("#major-table").getText()).contains("藤县第一高级中学").contains("配电房").contains("重大风险（红）");
			desk.screenshot("risk-04-county-major-list");
		}
	}

	/** A simple campus plan: gate, teaching building, canteen, playground, power room. */
	private static Path campusPlan() throws java.io.IOException {
		BufferedImage image = new BufferedImage(800, 560, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xf1, 0xf3, 0xf5));
		g.fillRect(0, 0, 800, 560);
		g.setStroke(new BasicStroke(3));
		g.setColor(new Color(0x49, 0x50, 0x57));
		g.drawRect(10, 10, 780, 540);
		int[][] blocks = { { 60, 60, 300, 120 }, { 440, 60, 300, 120 }, { 60, 260, 240, 200 }, { 380, 260, 360, 200 },
				{ 640, 480, 100, 50 } };
		g.setColor(new Color(0xad, 0xb5, 0xbd));
		for (int[] b : blocks) {
			g.fillRect(b[0], b[1], b[2], b[3]);
		}
		g.setColor(new Color(0x2f, 0x9e, 0x44));
		g.fillOval(400, 280, 320, 160);
		Path file = Path.of("target/campus-plan.png");
		Files.createDirectories(file.getParent());
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
