package cn.xiaoan.browser;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The audit log reads as a record, not developer output: who by name and unit, what in
 * Chinese, which object by its name linked to its page, and a field-by-field table of
 * before and after; the accounts page names each scope instead of showing a code.
 */
@PlatformTest
class AuditPagesJourneyTests {

	private static final String TITLE = "审计页面测试：配电室门锁损坏";

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void aPrincipalReadsWhoChangedWhichHazardFromWhatToWhatAtADeskAndOnAPhone() throws Exception {
		long school = demo.schoolOf("safety");
		HazardSummary hazard = demo.callAs("safety", () -> hazards
			.report(new ReportHazard(school, TITLE, "", "配电室", SafetyCategory.FIRE, null, null, null, null)));
		demo.runAs("safety", () -> hazards.register(hazard.id()));
		for (int[] size : List.of(new int[] { 1366, 900 }, new int[] { 390, 844 })) {
			String device = size[0] > 800 ? "desktop" : "phone";
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("principal", Demo.PASSWORD);
				browser.open("/audit");
				new Select(browser.find("#kind")).selectByVisibleText("隐患");
				new Select(browser.find("#action")).selectByVisibleText("修改");
				browser.driver.executeScript("document.getElementById('from').value = arguments[0];",
						LocalDate.now().toString());
				browser.submit("#audit-filters button");
				browser.waitFor(
						d -> d.getCurrentUrl().contains("kind=hazard") && d.getCurrentUrl().contains("action=UPDATE"));
				WebElement row = entryAbout(browser);
				String text = row.getText();
				assertThat(text).contains("修改", "隐患", TITLE, "藤县第一高级中学", "状态");
				assertThat(text).doesNotContain("UPDATE", "REGISTERED", "REPORTED", "#" + hazard.id(), "{");
				assertThat(row.findElement(By.cssSelector("a.audit-object")).getAttribute("href"))
					.endsWith("/hazards/" + hazard.id());
				assertThat(row.findElement(By.cssSelector(".audit-actor-unit")).getText()).isEqualTo("藤县第一高级中学");
				List<String> diff = row.findElements(By.cssSelector(".audit-diff > span"))
					.stream()
					.map(WebElement::getText)
					.toList();
				assertThat(diff).startsWith("字段", "修改前", "修改后").contains("状态");
				assertThat(diff.get(diff.indexOf("状态") + 1)).isNotBlank().doesNotMatch("[A-Z_]+");
				assertThat(diff.get(diff.indexOf("状态") + 2)).isNotBlank().doesNotMatch("[A-Z_]+");
				browser.scrollTo("#audit-entry-" + row.getAttribute("id").replace("audit-entry-", ""));
				browser.screenshot("issue10-words-audit-filtered-" + device);
				row.findElement(By.cssSelector("a.audit-object")).click();
				browser.waitFor(d -> d.getCurrentUrl().endsWith("/hazards/" + hazard.id()));
				assertThat(browser.text()).contains(TITLE);
			}
		}
	}

	@Test
	void theAccountsPageNamesTheRegionOrSchoolOfEveryScope() throws Exception {
		for (int[] size : List.of(new int[] { 1366, 900 }, new int[] { 390, 844 })) {
			String device = size[0] > 800 ? "desktop" : "phone";
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("tx_admin", Demo.PASSWORD);
				browser.open("/accounts");
				String table = browser.find("#accounts").getText();
				assertThat(table).contains("藤县第一高级中学").doesNotContainPattern("#\\d+").doesNotContain("450422");
				browser.screenshot("issue10-words-accounts-scopes-" + device);
			}
		}
	}

	private static WebElement entryAbout(Browser browser) {
		return browser.driver.findElements(By.cssSelector("#audit-table tr.audit-entry"))
			.stream()
			.filter(r -> r.getText().contains(TITLE))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry about " + TITLE + " in " + browser.text()));
	}

}
