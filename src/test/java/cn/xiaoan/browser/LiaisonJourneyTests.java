package cn.xiaoan.browser;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Police-school liaison on phones: the school's safety officer forwards a clue — the form
 * has no field for a student's name — the police (藤州派出所, {@code tx_police}) find it in
 * their inbox, acknowledge and answer it, and see no name of the school's students; the
 * county sees the clue among its figures and the schools without a 法治副校长.
 */
@PlatformTest
class LiaisonJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aSchoolForwardsAClueThePoliceAcknowledgeAndAnswerItWithoutSeeingAStudentsName() throws Exception {
		String place = "校门对面奶茶店" + System.nanoTime() % 10000;
		long school = demo.schoolOf("safety");
		List<String> names = demo.jdbc()
			.sql("select name from people.student where school_id = :s and char_length(name) >= 2")
			.param("s", school)
			.query(String.class)
			.list();
		String clue;
		try (Browser safety = new Browser(port, 390, 844)) {
			safety.login("safety", Demo.PASSWORD);
			safety.open("/liaison");
			safety.screenshot("liaison-01-overview-school-phone");
			safety.open("/liaison/deputies");
			// the demo's deputy, or one appointed after it by another test on this
			// shared database
			List<String> appointed = demo.jdbc()
				.sql("select name from liaison.deputy where school_id = :s")
				.param("s", demo.schoolOf("safety"))
				.query(String.class)
				.list();
			assertThat(appointed).contains("覃志军");
			assertThat(safety.find("#deputies-table").getText()).containsAnyOf(appointed.toArray(String[]::new));
			safety.screenshot("liaison-02-deputy-school-phone");
			safety.open("/liaison/clues/new");
			assertThat(safety.present(org.openqa.selenium.By.cssSelector("input[name*='name' i]"))).isEmpty();
			new Select(safety.find("#category")).selectByValue("EXTORTION");
			safety.driver.executeScript("arguments[0].value = arguments[1]", safety.find("#happenedAt"),
					LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2).withSecond(0).withNano(0).toString());
			safety.find("#place").sendKeys(place);
			safety.find("#what").sendKeys("一名初二学生连续几天放学后被两名社会青年拦下索要钱财");
			safety.find("#grade-1").sendKeys("初二");
			safety.find("#initials-1").sendKeys("lw");
			new Select(safety.find("#part-1")).selectByValue("VICTIM");
			safety.find("#adults").sendKeys("社会青年两名，约二十岁，骑红色摩托车");
			safety.screenshot("liaison-03-clue-form-phone");
			safety.submit("#clue-submit");
			assertThat(safety.find("#clue-state").getText()).isEqualTo("待签收");
			assertThat(safety.find("#clue-students").getText()).contains("初二 LW");
			safety.screenshot("liaison-04-clue-forwarded-phone");
			clue = safety.driver.getCurrentUrl().replaceAll(".*/liaison/clues/(\\d+).*", "$1");
		}
		try (Browser police = new Browser(port, 390, 844)) {
			police.login("tx_police", Demo.PASSWORD);
			police.open("/");
			assertThat(police.text()).contains("签收线索");
			police.open("/liaison/clues");
			assertThat(police.find("#clue-" + clue).getText()).contains(place).contains("待签收");
			police.screenshot("liaison-05-police-inbox-phone");
			police.click("#clue-" + clue + " .clue-link");
			police.submit("#acknowledge");
			assertThat(police.find("#clue-state").getText()).isEqualTo("已签收");
			police.find("#message-text").sendKeys("已安排民警放学时段在校门对面值守，请学校提供监控截图。");
			police.submit("#message-submit");
			assertThat(police.find("#clue-timeline").getText()).contains("公安签收").contains("监控截图");
			String seen = police.text();
			assertThat(names).noneMatch(seen::contains);
			police.screenshot("liaison-06-police-clue-phone");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/liaison");
			assertThat(county.find("#fig-without").getText()).isNotBlank();
			county.screenshot("liaison-07-county-overview-phone");
			county.click("#fig-clues");
			assertThat(county.find("#clue-" + clue).getText()).contains("已签收");
			county.screenshot("liaison-08-county-clues-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/liaison");
			desk.screenshot("liaison-09-county-overview-desktop");
			desk.open("/liaison/clues/" + clue);
			desk.screenshot("liaison-10-clue-desktop");
			desk.open("/liaison/deputies?show=without");
			desk.screenshot("liaison-11-deputies-without-desktop");
			desk.open("/liaison/clues/new");
			desk.screenshot("liaison-12-clue-form-desktop");
		}
	}

}
