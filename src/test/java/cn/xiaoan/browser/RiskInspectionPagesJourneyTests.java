package cn.xiaoan.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.Images;
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

/**
 * Issue 10, risk and inspection: the LEC form says what each value means and previews the
 * grade, the four-colour map colours zones, and the inspection task works on a phone.
 */
@PlatformTest
class RiskInspectionPagesJourneyTests {

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
	void theAssessmentPreviewShowsTheGradeTheServerGives() throws Exception {
		long school = demo.schoolOf("safety");
		for (int[] size : new int[][] { { 1366, 900 }, { 390, 844 } }) {
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("safety", Demo.PASSWORD);
				browser.open("/schools/" + school + "/risks");
				new Select(browser.find("#templateId")).selectByIndex(size[0] > 1000 ? 5 : 6);
				browser.submit("#adopt");
				assertThat(browser.find("#lec-l").getText()).contains("6 — 相当可能");
				assertThat(browser.find("#lec-e").getText()).contains("6 — 每天工作时间内暴露");
				assertThat(browser.find("#lec-c").getText()).contains("15 — 非常严重，一人死亡");
				assertThat(browser.find("#preview-score").getText()).contains("选齐各项");

				new Select(browser.scrollTo("#lec-l")).selectByValue("6");
				new Select(browser.find("#lec-e")).selectByValue("6");
				new Select(browser.find("#lec-c")).selectByValue("7");
				assertThat(browser.find("#preview-score").getText()).isEqualTo("D = 6 × 6 × 7 = 252");
				String previewed = browser.find("#preview-level").getText();
				assertThat(previewed).isNotBlank();
				browser.scrollTo("#assess-preview");
				browser.screenshot("issue10-risk-assess-preview-" + (size[0] > 1000 ? "desktop" : "phone"));

				browser.find("#responsiblePerson").clear();
				browser.find("#responsiblePerson").sendKeys("安全办");
				browser.submit("#assess");
				assertThat(browser.driver.getCurrentUrl()).contains("assessed");
				assertThat(browser.find("h1 .xa-risk-badge").getText()).isEqualTo(previewed);
			}
		}
	}

	@Test
	void theMapColoursZonesAndItsPointsLeadToTheirCards() throws Exception {
		long school = demo.schoolOf("safety");
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("safety", Demo.PASSWORD);
			desk.open("/schools/" + school + "/risk-map");
			List<WebElement> zones = desk.driver.findElements(By.cssSelector("#map-zones polygon"));
			assertThat(zones).hasSizeGreaterThanOrEqualTo(8);
			WebElement canteen = desk.find("#map-zones polygon[data-zone='学生食堂']");
			assertThat(canteen.getAttribute("fill")).isIn("#d63031", "#f08c00", "#f2c200", "#1c7ed6");
			assertThat(desk.find("#map-zones-table").getText()).contains("学生食堂").contains("风险");
			desk.scrollTo("#risk-map-svg");
			desk.screenshot("issue10-risk-map-zones-desktop");

			// the safety officer draws a zone by clicking three corners on the plan
			desk.click("label[for='mode-draw']");
			WebElement map = desk.scrollTo("#risk-map-svg");
			int w = map.getSize().getWidth();
			int h = map.getSize().getHeight();
			for (double[] corner : new double[][] { { 0.97, 0.80 }, { 0.995, 0.80 }, { 0.995, 0.95 } }) {
				new Actions(desk.driver)
					.moveToElement(map, (int) (w * (corner[0] - 0.5)), (int) (h * (corner[1] - 0.5)))
					.click()
					.perform();
			}
			assertThat(desk.find("#zone-outline").getAttribute("value").split(" ")).hasSize(3);
			desk.find("#zone-name").sendKeys("东南角绿地");
			desk.submit("#save-zone");
			assertThat(desk.driver.getCurrentUrl()).contains("zoned");
			assertThat(desk.find("#map-zones polygon[data-zone='东南角绿地']").getAttribute("fill")).isEqualTo("#adb5bd");

			desk.scrollTo("#map-points");
			desk.find("#map-points a").click();
			desk.waitFor(d -> d.getCurrentUrl().matches(".*/risks/\\d+$"));
			assertThat(desk.find("#point-summary").getText()).contains("风险");
		}
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("safety", Demo.PASSWORD);
			phone.open("/schools/" + school + "/risk-map");
			phone.scrollTo("#risk-map-svg");
			phone.screenshot("issue10-risk-map-zones-phone");
			assertThat(phone.find("#map-zones-table").getText()).contains("学生食堂").contains("风险（");
			phone.find("#map-dots a circle").click();
			phone.waitFor(d -> d.getCurrentUrl().matches(".*/risks/\\d+$"));
			assertThat(phone.find("#card-link").isDisplayed()).isTrue();
		}
	}

	@Test
	void anInspectorMarksTheRestPassedAndPhotographsAFailureOnAPhone() throws Exception {
		List<Long> items = demo.jdbc()
			.sql("select id from inspection.checklist_item where category = 'FIRE' and region_code = '' order by id limit 7")
			.query(Long.class)
			.list();
		Path photo = Files.createTempFile("blocked-exit", ".png");
		Files.write(photo, Images.png(320, 240));
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("safety", Demo.PASSWORD);
			phone.open("/inspections/plans/new");
			phone.find("#name").sendKeys("消防周检（全部合格）");
			phone.click("#cat-FIRE");
			phone.submit("#plan-form button[type=submit]");
			long plan = Long.parseLong(phone.driver.getCurrentUrl().replaceAll("^.*/plans/(\\d+).*$", "$1"));
			long task = demo.jdbc()
				.sql("select id from inspection.task where plan_id = :p")
				.param("p", plan)
				.query(Long.class)
				.single();
			demo.jdbc()
				.sql("delete from inspection.task_item where task_id = :t and item_id <> all(:keep)")
				.param("t", task)
				.param("keep", items.toArray(Long[]::new))
				.update();

			phone.open("/inspections");
			phone.scrollTo("#task-table");
			phone.screenshot("issue10-inspection-home-cards-phone");

			try (Browser desk = new Browser(port, 1366, 900)) {
				desk.login("safety", Demo.PASSWORD);
				desk.open("/inspections/tasks/" + task);
				desk.click("label[for='r-" + items.get(0) + "-PASS']");
				desk.scrollTo("#item-" + items.get(3));
				desk.screenshot("issue10-inspection-task-progress-desktop");
			}
			phone.open("/inspections/tasks/" + task);
			assertThat(phone.find("#progress-text").getText()).isEqualTo("已检查 0/7 项");
			phone.click("label[for='r-" + items.get(1) + "-FAIL']");
			phone.find("#note-" + items.get(1)).sendKeys("安全出口被杂物堵塞");
			phone.find("#photo-" + items.get(1)).sendKeys(photo.toAbsolutePath().toString());
			phone.scrollTo("#photo-" + items.get(1));
			phone.screenshot("issue10-inspection-failed-photo-phone");
			phone.click("label[for='r-" + items.get(2) + "-NOT_APPLICABLE']");
			assertThat(phone.find("#progress-text").getText()).isEqualTo("已检查 2/7 项");

			phone.click("#all-pass");
			assertThat(phone.find("#progress-text").getText()).isEqualTo("已检查 7/7 项");
			assertThat(phone.find("#r-" + items.get(1) + "-FAIL").isSelected()).isTrue();
			assertThat(phone.find("#r-" + items.get(2) + "-NOT_APPLICABLE").isSelected()).isTrue();
			assertThat(phone.find("#r-" + items.get(5) + "-PASS").isSelected()).isTrue();

			// scrolled down the list, the progress bar stays at the top of the screen
			phone.scrollTo("#item-" + items.get(4));
			Number top = (Number) phone.driver
				.executeScript("return document.getElementById('inspection-progress').getBoundingClientRect().top");
			assertThat(top.doubleValue()).isBetween(-1.0, 1.0);
			phone.screenshot("issue10-inspection-task-progress-phone");

			phone.click("label[for='confirmed']");
			phone.click("#submit-inspection");
			phone.waitFor(d -> d.getCurrentUrl().contains("submitted"));
			assertThat(phone.text()).contains("已登记隐患 YH");
		}
		long photos = demo.jdbc()
			.sql("select count(*) from hazard.photo p join inspection.task_item i on i.hazard_id = p.hazard_id "
					+ "join inspection.task t on t.id = i.task_id join inspection.plan pl on pl.id = t.plan_id "
					+ "where pl.name = '消防周检（全部合格）'")
			.query(Long.class)
			.single();
		assertThat(photos).isEqualTo(1);
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("safety", Demo.PASSWORD);
			desk.open("/inspections");
			desk.screenshot("issue10-inspection-home-desktop");
		}
	}

}
