package cn.xiaoan.browser;

import java.time.LocalDate;

import java.util.List;

import cn.xiaoan.inspection.Cadence;
import cn.xiaoan.inspection.InspectionManagement;
import cn.xiaoan.inspection.NewPlan;
import cn.xiaoan.shared.Role;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A major hazard from report to 销号 on phones: a teacher reports it, the safety officer
 * registers and grades it, the principal files the 五落实 plan, the county lists it for
 * supervision, the safety officer rectifies, the principal waits (and is told so) for the
 * county's on-site acceptance, then closes; the county's ledger follows each step, over
 * the period its picker chooses.
 */
@PlatformTest
class HazardJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	InspectionManagement inspections;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	private static void date(Browser browser, String css, LocalDate date) {
		browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find(css), date.toString());
	}

	private static String status(Browser browser) {
		return browser.find("#hazard-status").getText();
	}

	@Test
	void aMajorHazardTravelsFromReportToClosedAndTheCountySeesEachStep() throws Exception {
		LocalDate deadline = LocalDate.now().plusDays(20);
		String hazardUrl;
		long school = demo.schoolOf("safety");
		long plan = demo
			.callAs("safety",
					() -> inspections.createPlan(new NewPlan("体育设施月检", Cadence.MONTHLY, List.of(SafetyCategory.SPORTS),
							List.of(), Role.SCHOOL_SAFETY_OFFICER, false, List.of(school))))
			.id();
		long task = demo.jdbc()
			.sql("select id from inspection.task where plan_id = :p")
			.param("p", plan)
			.query(Long.class)
			.single();
		List<Long> items = demo.jdbc()
			.sql("select item_id from inspection.task_item where task_id = :t order by item_id")
			.param("t", task)
			.query(Long.class)
			.list();
		try (Browser inspector = new Browser(port, 390, 844)) {
			inspector.login("safety", Demo.PASSWORD);
			inspector.open("/inspections/tasks/" + task);
			for (int i = 1; i < items.size(); i++) {
				inspector.click("label[for='r-" + items.get(i) + "-PASS']");
			}
			inspector.click("label[for='r-" + items.get(0) + "-FAIL']");
			inspector.find("#note-" + items.get(0)).sendKeys("体育馆东看台第三排栏杆根部锈断，学生倚靠有坠落风险");
			inspector.find("#location-" + items.get(0)).sendKeys("体育馆东看台");
			inspector.click("label[for='confirmed']");
			inspector.click("#submit-inspection");
			inspector.screenshot("20a-phone-inspection-sent");
			inspector.waitFor(d -> d.getCurrentUrl().contains("submitted"));
			inspector.screenshot("20-phone-inspection-failed-item");
			inspector.click("a.hazard-link");
			inspector.waitFor(d -> d.getCurrentUrl().matches(".*/hazards/\\d+$"));
			hazardUrl = inspector.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
			assertThat(status(inspector)).isEqualTo("已排查");
			java.nio.file.Path photo = java.nio.file.Files.createTempFile("hazard", ".png");
			java.nio.file.Files.write(photo, cn.xiaoan.support.Images.png(400, 300));
			inspector.find("input[name=photo]").sendKeys(photo.toAbsolutePath().toString());
			inspector.submit("form[action$='/photos'] button");
			assertThat(inspector.driver.findElements(By.cssSelector("#hazard-photos img"))).hasSize(1);
			inspector.screenshot("20b-phone-hazard-from-inspection");
		}
		int openBefore;
		try (Browser county = new Browser(port, 1366, 900)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/hazards");
			openBefore = Integer.parseInt(county.find("#fig-open").getText());
			assertThat(county.text())
				.contains(String.format("YH%06d", Long.parseLong(hazardUrl.replaceAll("\\D", ""))));
		}
		try (Browser safety = new Browser(port, 390, 844)) {
			safety.login("safety", Demo.PASSWORD);
			safety.open(hazardUrl);
			safety.submit("#step-register");
			assertThat(status(safety)).isEqualTo("已登记");
			new org.openqa.selenium.support.ui.Select(safety.find("#grade")).selectByValue("MAJOR");
			safety.submit("#step-grade");
			assertThat(status(safety)).isEqualTo("已定级");
			// a major hazard starts only with its 五落实 plan: the plan is offered, not the
			// start
			assertThat(safety.present(By.cssSelector("#step-start"))).isEmpty();
			assertThat(safety.find("#plan-form").getText()).contains("五落实");
			safety.screenshot("21-phone-hazard-plan-required");
		}
		try (Browser principal = new Browser(port, 390, 844)) {
			principal.login("principal", Demo.PASSWORD);
			principal.open(hazardUrl);
			principal.find("#plan-form input[name=responsiblePerson]").sendKeys("周校长");
			principal.find("#plan-form input[name=fundsYuan]").sendKeys("12000");
			principal.find("#plan-form textarea[name=measures]").sendKeys("更换东看台全部栏杆并做防锈处理");
			principal.find("#plan-form textarea[name=contingencyPlan]").sendKeys("东看台封闭，设警戒线和值守");
			date(principal, "#plan-form input[name=deadline]", deadline);
			principal.submit("#step-plan");
			assertThat(principal.find("#plan").getText()).contains("周校长");
			principal.screenshot("22-phone-hazard-plan");
		}
		try (Browser county = new Browser(port, 1366, 900)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open(hazardUrl);
			date(county, "#steps input[name=deadline]", deadline);
			county.submit("#step-supervise");
			assertThat(county.find("#supervision").getText()).contains("督办");
			county.screenshot("23-county-supervises");
		}
		try (Browser safety = new Browser(port, 390, 844)) {
			safety.login("safety", Demo.PASSWORD);
			// notification hears HazardSupervised just after the commit.
			safety.waitFor(d -> {
				safety.open("/inbox");
				return safety.text().contains("已被挂牌督办");
			});
			safety.open(hazardUrl);
			safety.submit("#step-start");
			assertThat(status(safety)).isEqualTo("整改中");
			safety.find("#steps input[name=note]").sendKeys("栏杆已全部更换");
			safety.submit("#step-complete");
			assertThat(status(safety)).isEqualTo("待验收");
			assertThat(safety.present(By.cssSelector("#step-verify"))).isEmpty();
		}
		// 挂牌督办: the school waits for the county's on-site acceptance and is told so.
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			try (Browser principal = new Browser(port, size[0], size[1])) {
				principal.login("principal", Demo.PASSWORD);
				principal.open(hazardUrl);
				assertThat(principal.find("#awaits-acceptance").getText()).contains("须经督办单位藤县教育局现场验收");
				assertThat(principal.present(By.cssSelector("#step-verify, #step-close"))).isEmpty();
				principal.screenshot((size[0] < 500 ? "23b-phone" : "23c-desktop") + "-school-awaits-acceptance");
			}
		}
		try (Browser county = new Browser(port, 1366, 900)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open(hazardUrl);
			county.submit("#step-verify");
			assertThat(status(county)).isEqualTo("已验收");
			assertThat(county.find("#supervision").getText()).contains("已现场验收");
		}
		try (Browser principal = new Browser(port, 390, 844)) {
			principal.login("principal", Demo.PASSWORD);
			principal.open(hazardUrl);
			assertThat(principal.present(By.cssSelector("#awaits-acceptance"))).isEmpty();
			principal.submit("#step-close");
			assertThat(status(principal)).isEqualTo("已销号");
			assertThat(principal.find("#hazard-history").findElements(By.tagName("li"))).hasSizeGreaterThanOrEqualTo(8);
			principal.screenshot("24-phone-hazard-closed");
		}
		try (Browser county = new Browser(port, 1366, 900)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/hazards");
			assertThat(Integer.parseInt(county.find("#fig-open").getText())).isEqualTo(openBefore - 1);
			assertThat(county.find("#period-basis").getText()).contains("季度").contains("按发现日期统计");
			county.screenshot("25-county-ledger");
			pickLastYear(county);
			county.screenshot("25b-desktop-ledger-last-year");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/hazards");
			pickLastYear(county);
			county.screenshot("25c-phone-ledger-period-picker");
		}
	}

	/** Chooses last year in the period picker: the figures and the list follow it. */
	private static void pickLastYear(Browser browser) {
		String year = String.valueOf(LocalDate.now().getYear() - 1);
		new org.openqa.selenium.support.ui.Select(browser.find("#period")).selectByValue(year);
		browser.submit("#ledger-filters button");
		browser.waitFor(d -> browser.find("#period-basis").getText().contains(year + "年"));
		assertThat(browser.driver.getCurrentUrl()).contains("period=" + year);
	}

}
