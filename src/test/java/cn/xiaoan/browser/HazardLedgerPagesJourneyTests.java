package cn.xiaoan.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
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
 * A county official works the hazard ledger at a desk and on a phone: pages through it,
 * sorts it, narrows it to one school, opens a hazard and comes back to the same list, and
 * follows the 督办 entry to the supervised hazards and their notices; the school sees only
 * the steps its hazard's state allows.
 */
@PlatformTest
class HazardLedgerPagesJourneyTests {

	private static final int[][] SIZES = { { 1366, 900 }, { 390, 844 } };

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	private static String device(int[] size) {
		return size[0] < 500 ? "phone" : "desktop";
	}

	private long report(String title, HazardGrade grade) {
		long school = demo.schoolOf("principal");
		return demo.callAs("teacher",
				() -> hazards
					.report(new ReportHazard(school, title, "", "校园内", SafetyCategory.BUILDINGS, HazardSource.AD_HOC,
							null, null, grade))
					.id());
	}

	/** Enough hazards in 藤县 for more than one page of 20. */
	private void enoughToPage() {
		long count = demo.jdbc()
			.sql("select count(*) from hazard.hazard where region_code like '450422%'")
			.query(Long.class)
			.single();
		for (long i = count; i < 45; i++) {
			report("分页演示：走廊消防指示牌缺失 " + i, HazardGrade.GENERAL);
		}
	}

	private String schoolName(long id) {
		return demo.jdbc()
			.sql("select name from org.school where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void aCountyOfficialPagesSortsNarrowsToASchoolAndComesBackToTheSameList() throws Exception {
		enoughToPage();
		long school = demo.schoolOf("principal");
		String name = schoolName(school);
		for (int[] size : SIZES) {
			try (Browser county = new Browser(port, size[0], size[1])) {
				county.login("tx_safety", Demo.PASSWORD);
				county.open("/hazards?period=all&size=20");
				assertThat(county.find("#pager-summary").getText()).matches("共 \\d+ 条 · 第 1/\\d+ 页");
				county.screenshot("issue10-ledger-list-" + device(size));
				county.click("#page-next");
				county.waitFor(d -> d.getCurrentUrl().contains("page=1"));
				assertThat(county.find("#pager-summary").getText()).contains("第 2/");
				county.click(size[0] < 500 ? "#phone-sort a[data-sort='deadline']" : "th a[data-sort='deadline']");
				county.waitFor(d -> d.getCurrentUrl().contains("sort=deadline"));
				assertThat(county.find("th[aria-sort='ascending'] a").getDomAttribute("data-sort"))
					.isEqualTo("deadline");
				assertThat(county.driver.getCurrentUrl()).doesNotContain("page=1");
				if (size[0] < 500) {
					// one card per row: no header row, no Chinese wrapped a character a
					// line
					assertThat(county.find("#hazard-table thead").isDisplayed()).isFalse();
				}
				county.scrollTo("#pager-summary");
				county.screenshot("issue10-ledger-paged-" + device(size));

				new Select(county.find("#schoolId")).selectByValue(String.valueOf(school));
				county.submit("#apply-filters");
				county.waitFor(d -> d.getCurrentUrl().contains("schoolId=" + school));
				List<WebElement> schools = county.driver.findElements(By.cssSelector("#hazard-table .school-link"));
				assertThat(schools).isNotEmpty().allSatisfy(a -> assertThat(a.getText()).isEqualTo(name));
				assertThat(county.find("#active-filters").getText()).contains(name);
				county.scrollTo("#active-filters");
				county.screenshot("issue10-ledger-school-" + device(size));

				String list = county.driver.getCurrentUrl();
				county.click("#hazard-table .hazard-link");
				county.waitFor(d -> d.getCurrentUrl().matches(".*/hazards/\\d+\\?back=.*"));
				county.click("#back-to-ledger");
				county.waitFor(d -> d.getCurrentUrl().equals(list));
				assertThat(new Select(county.find("#schoolId")).getFirstSelectedOption().getText()).isEqualTo(name);
			}
		}
	}

	@Test
	void theCountyFollowsItsSupervisedHazardsToTheirNoticesAndTheSchoolSeesOnlyItsNextStep() throws Exception {
		LocalDate deadline = LocalDate.now().plusDays(15);
		long id = report("督办演示：实验楼外墙瓷砖脱落", HazardGrade.MAJOR);
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.MAJOR, deadline);
		});
		String number = String.format("YH%06d", id);
		for (int[] size : SIZES) {
			try (Browser principal = new Browser(port, size[0], size[1])) {
				principal.login("principal", Demo.PASSWORD);
				principal.open("/hazards/" + id);
				// graded major, no plan yet: the plan, not the start
				assertThat(principal.driver.findElements(By.cssSelector("#plan-form"))).hasSize(1);
				assertThat(principal.present(By.cssSelector("#step-start"))).isEmpty();
				principal.screenshot("issue10-ledger-detail-graded-" + device(size));
			}
		}
		try (Browser principal = new Browser(port, 1366, 900)) {
			principal.login("principal", Demo.PASSWORD);
			principal.open("/hazards/" + id);
			principal.find("#plan-form input[name=responsiblePerson]").sendKeys("周校长");
			principal.find("#plan-form input[name=fundsYuan]").sendKeys("30000");
			principal.find("#plan-form textarea[name=measures]").sendKeys("拆除空鼓瓷砖，重新挂网粉刷");
			principal.find("#plan-form textarea[name=contingencyPlan]").sendKeys("外墙下方设隔离带，学生绕行");
			principal.driver.executeScript("arguments[0].value = arguments[1]",
					principal.find("#plan-form input[name=deadline]"), deadline.toString());
			principal.submit("#step-plan");
			principal.waitFor(d -> !d.findElements(By.cssSelector("#plan")).isEmpty());
			// the plan is saved: it shows, and no empty plan form comes back
			assertThat(principal.present(By.cssSelector("#plan-form"))).isEmpty();
			assertThat(principal.driver.findElements(By.cssSelector("#step-start"))).hasSize(1);
		}
		try (Browser county = new Browser(port, 1366, 900)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/hazards/" + id);
			assertThat(county.text()).contains("督办期限（须在此日前整改完毕）");
			county.driver.executeScript("arguments[0].value = arguments[1]", county.find("#steps input[name=deadline]"),
					deadline.toString());
			county.submit("#step-supervise");
			county.waitFor(d -> !d.findElements(By.cssSelector("#supervision")).isEmpty());
		}
		for (int[] size : SIZES) {
			try (Browser county = new Browser(port, size[0], size[1])) {
				county.login("tx_safety", Demo.PASSWORD);
				county.open("/hazards");
				assertThat(county.find("#supervised-tab").getText()).matches("督办 \\d+ 件");
				county.click("#supervised-tab");
				county.waitFor(d -> d.getCurrentUrl().endsWith("/hazards/supervised"));
				assertThat(county.find("#supervised-table").getText()).contains(number, "督办〔");
				county.screenshot("issue10-ledger-supervised-" + device(size));
				WebElement row = county.find("#supervised-table a.hazard-link[href*='/hazards/" + id + "?']");
				String pdf = county.find("#supervised-table a.notice-link[href$='/hazards/" + id + "/notice.pdf']")
					.getDomAttribute("href");
				assertThat(pdf).endsWith("/notice.pdf");
				county.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
				row.click();
				county.waitFor(d -> d.getCurrentUrl().contains("/hazards/" + id));
				assertThat(county.find("#hazard-deadline").getText()).isEqualTo(deadline.toString());
				assertThat(county.find("#supervision").getText()).contains("督办期限", "督办验收期限");
				county.screenshot("issue10-ledger-detail-supervised-" + device(size));
				county.click("#back-to-ledger");
				county.waitFor(d -> d.getCurrentUrl().endsWith("/hazards/supervised"));
			}
		}
		demo.runAs("safety", () -> hazards.startRectification(id));
		demo.runAs("safety", () -> hazards.completeRectification(id, "瓷砖已重贴"));
		demo.runAs("tx_safety", () -> hazards.verify(id, true, "现场验收合格"));
		for (int[] size : SIZES) {
			try (Browser principal = new Browser(port, size[0], size[1])) {
				principal.login("principal", Demo.PASSWORD);
				principal.open("/hazards/" + id);
				// 已验收: 销号 is offered, and nothing says the hazard is done
				assertThat(principal.driver.findElements(By.cssSelector("#step-close"))).hasSize(1);
				assertThat(principal.present(By.cssSelector("#steps-none"))).isEmpty();
				assertThat(principal.find("#hazard-history").getText()).contains("验收通过")
					.doesNotContain("ACCEPTED", "MAJOR");
				principal.screenshot("issue10-ledger-detail-verified-" + device(size));
			}
		}
	}

}
