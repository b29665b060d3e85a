package cn.xiaoan.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 督导考核 on desktop and phone: 梧州 defines a scheme with two computed items (the hazard
 * rectification rate and the drill compliance) and an inspected one; its inspector scores
 * a 藤县 school on site with a photo from a phone; 藤县 sees the inherited scheme's county
 * ranking with its drill column, drills down from a school's overdue figure to the
 * ledger, which counts the same, and from a drill figure to the school's drills, and
 * publishes the 通报; a school's principal and another county are refused.
 */
@PlatformTest
class AssessmentJourneyTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aCityDefinesASchemeAnInspectorScoresWithAPhotoAndTheCountyDrillsFromItsRankingToTheLedger() throws Exception {
		String schemePath;
		try (Browser city = new Browser(port, 1366, 900)) {
			city.login("wz_safety", Demo.PASSWORD);
			city.menu("/assessment");
			city.screenshot("assessment-01-desktop-schemes");
			city.find("#name").sendKeys("梧州市第四季度校园安全专项督导方案");
			city.submit("#scheme-submit");
			assertThat(city.driver.getCurrentUrl()).matches(".*/assessment/schemes/\\d+$");
			schemePath = city.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
			city.find("#name").sendKeys("隐患整改率");
			new Select(city.find("#kind")).selectByValue("HAZARD_RECTIFICATION");
			city.find("#weight").sendKeys("40");
			city.find("#target").sendKeys("95");
			city.submit("#indicator-submit");
			city.find("#name").sendKeys("演练达标率");
			new Select(city.find("#kind")).selectByValue("DRILL_COMPLIANCE");
			city.find("#weight").sendKeys("20");
			city.find("#target").sendKeys("100");
			city.submit("#indicator-submit");
			city.find("#name").sendKeys("凡有检查必有安全内容");
			new Select(city.find("#kind")).selectByValue("INSPECTED");
			city.find("#weight").sendKeys("40");
			city.submit("#indicator-submit");
			assertThat(city.find("#indicator-table").getText()).contains("隐患整改率", "演练达标率", "凡有检查必有安全内容",
					"演练达标率：应演练期数中按期完成的比例");
			assertThat(city.find("#scheme-points").getText()).contains("100");
			city.screenshot("assessment-02-desktop-scheme");
		}
		try (Browser inspector = new Browser(port, 390, 844)) {
			inspector.login("wz_safety", Demo.PASSWORD);
			inspector.open(schemePath);
			inspector.screenshot("assessment-02a-phone-scheme");
			inspector.open(schemePath + "/ranking?region=450422");
			inspector.screenshot("assessment-02b-phone-ranking");
			inspector.click("#school-table a.school-card");
			inspector.waitFor(d -> d.getCurrentUrl().contains("/schools/"));
			Path photo = Files.createTempFile("assessment", ".png");
			Files.write(photo, cn.xiaoan.support.Images.png(400, 300));
			inspector.find("#points").sendKeys("32.5");
			inspector.find("#note").sendKeys("检查记录均含安全内容，个别记录未签名");
			inspector.find("#photo").sendKeys(photo.toAbsolutePath().toString());
			inspector.screenshot("assessment-03-phone-score-form");
			inspector.submit("#score-submit");
			assertThat(inspector.find("#card-table").getText()).contains("32.5 / 40.0");
			assertThat(inspector.driver.findElements(By.cssSelector("#computed-DRILL_COMPLIANCE a.indicator-figure")))
				.hasSize(1);
			assertThat(inspector.driver.findElements(By.cssSelector("#card-table a.item-photo img"))).hasSize(1);
			inspector.screenshot("assessment-04-phone-scored");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/assessment");
			assertThat(county.text()).contains("梧州市第四季度校园安全专项督导方案");
			county.open(schemePath + "/ranking");
			assertThat(county.find("#ranking-region").getText()).isEqualTo("藤县");
			assertThat(county.text()).contains("32.5");
			county.screenshot("assessment-05-phone-county-ranking");
			List<WebElement> overdue = county.driver.findElements(By.cssSelector("a.drill-overdue"));
			WebElement link = overdue.stream().filter(a -> !a.getText().equals("0")).findFirst().orElse(overdue.get(0));
			String figure = link.getText();
			county.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
			link.click();
			county.waitFor(d -> d.getCurrentUrl().contains("/hazards?"));
			assertThat(county.driver.getCurrentUrl()).contains("overdue=true", "schoolId=");
			assertThat(county.find("#fig-overdue").getText()).isEqualTo(figure);
			county.screenshot("assessment-06-phone-drilled-overdue");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open(schemePath + "/ranking");
			assertThat(desk.find("#school-table thead").getText()).contains("演练达标率");
			List<WebElement> drills = desk.driver
				.findElements(By.cssSelector("#school-table a.drill-DRILL_COMPLIANCE"));
			assertThat(drills).isNotEmpty();
			assertThat(drills.get(0).getText()).matches("\\d+ / \\d+");
			desk.screenshot("assessment-07-desktop-county-ranking");
			desk.submit("#circular-publish");
			assertThat(desk.find("#ranking-message").getText()).contains("考核结果通报已发布");
			desk.screenshot("assessment-07b-desktop-circular-published");
			desk.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
					desk.find("#school-table a.drill-DRILL_COMPLIANCE"));
			desk.find("#school-table a.drill-DRILL_COMPLIANCE").click();
			desk.waitFor(d -> d.getCurrentUrl().contains("/drills?"));
			assertThat(desk.driver.getCurrentUrl()).contains("schoolId=", "month=");
			desk.open("/assessment/interviews");
			desk.screenshot("assessment-08-desktop-interviews");
		}
		try (Browser principal = new Browser(port, 390, 844)) {
			principal.login("principal", Demo.PASSWORD);
			principal.open(schemePath + "/ranking");
			assertThat(principal.present(By.cssSelector("#school-table"))).isEmpty();
			principal.open("/assessment/interviews");
			principal.screenshot("assessment-09-phone-principal-interviews");
		}
		try (Browser other = new Browser(port, 390, 844)) {
			other.login("ms_safety", Demo.PASSWORD);
			other.open(schemePath + "/ranking?region=450422");
			assertThat(other.present(By.cssSelector("#school-table"))).isEmpty();
		}
	}

}
