package cn.xiaoan.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.warning.AcknowledgeWarning;
import cn.xiaoan.warning.IssueWarning;
import cn.xiaoan.warning.WarningKind;
import cn.xiaoan.warning.WarningLevel;
import cn.xiaoan.warning.WarningChase;
import cn.xiaoan.warning.WarningManagement;
import cn.xiaoan.warning.WarningSchools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A typhoon on phones: the county's safety officer sends a red warning to its schools,
 * the demo school's principal finds it in the home page's 待办 and acknowledges it with the
 * actions taken, a second school acknowledges too, the third stays silent, is chased an
 * hour later and shows on the county's page as late — every figure agreeing with its
 * list.
 */
@PlatformTest
class WarningJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	WarningManagement warnings;

	@Autowired
	WarningChase chase;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void theCountyWarnsTwoSchoolsAcknowledgeAndTheSilentThirdIsChasedAndShownLate() throws Exception {
		String title = "台风“山竹”红色预警" + System.nanoTime() % 1000;
		List<Long> neighbours = WarningSchools.neighbours(demo);
		long silent = neighbours.get(1);
		String silentName = demo.jdbc()
			.sql("select name from org.school where id = :s")
			.param("s", silent)
			.query(String.class)
			.single();
		long id;
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.menu("/warnings");
			county.submit("#issue-warning");
			new Select(county.find("#kind")).selectByValue("TYPHOON");
			new Select(county.find("#level")).selectByValue("RED");
			county.find("#title").sendKeys(title);
			county.find("#body").sendKeys("第22号台风“山竹”预计明日14时前后在粤西登陆，我县将出现特大暴雨和10级以上大风。");
			county.find("#actions").sendKeys("全县中小学、幼儿园明日停课一天\n转移危房、低洼处师生\n值班领导24小时在岗");
			county.screenshot("warning-issue-phone");
			county.submit("#issue-submit");
			assertThat(county.find("#warning-title").getText()).contains(title);
			assertThat(county.find("#fig-targets .xa-figure").getText()).isEqualTo("3");
			assertThat(county.find("#fig-acknowledged .xa-figure").getText()).isEqualTo("0");
			id = Long.parseLong(county.driver.getCurrentUrl().replaceAll(".*/warnings/(\\d+).*", "$1"));
		}
		try (Browser principal = new Browser(port, 390, 844)) {
			principal.login("principal", Demo.PASSWORD);
			assertThat(principal.find("#home-todos").getText()).contains(title);
			principal.screenshot("warning-home-todo-phone");
			principal.submit("#home-todos a[href='/warnings/" + id + "']");
			principal.click("label[for='done-1']");
			principal.click("label[for='done-3']");
			principal.find("#note-1").sendKeys("已通过家校群通知全体家长");
			principal.screenshot("warning-acknowledge-phone");
			principal.submit("#ack-submit");
			assertThat(principal.find("#ack-done").isDisplayed()).isTrue();
			assertThat(principal.find("#own-acknowledgement").getText()).contains("已通过家校群通知全体家长");
			principal.open("/");
			assertThat(principal.find("#home-todos").getText()).doesNotContain(title);
		}
		demo.runAs(WarningSchools.principalOf(demo, neighbours.get(0)),
				() -> warnings.acknowledge(id, new AcknowledgeWarning(List.of(1, 2, 3), Map.of(), "")));
		assertThat(chase.chaseOverdue(Instant.now().plus(Duration.ofMinutes(61)))).isPositive();
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/warnings/" + id);
			assertThat(county.find("#fig-acknowledged .xa-figure").getText()).isEqualTo("2");
			assertThat(county.find("#fig-late .xa-figure").getText()).isEqualTo("1");
			county.submit("#fig-late");
			List<String> late = county.driver.findElements(By.cssSelector("#school-lines tbody tr"))
				.stream()
				.map(r -> r.getText())
				.toList();
			assertThat(late).hasSize(1);
			assertThat(late.get(0)).contains(silentName);
			county.scrollTo("#school-lines");
			county.screenshot("warning-county-late-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			assertThat(desk.find("#home-todos").getText()).contains(title);
			desk.screenshot("warning-county-home-desktop");
			desk.open("/warnings/" + id);
			desk.screenshot("warning-county-progress-desktop");
			int rows = desk.driver.findElements(By.cssSelector("#progress-regions tbody tr"))
				.stream()
				.mapToInt(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(1).getText()))
				.sum();
			assertThat(rows).as("the region rows, the county's own schools included, add up to the figure")
				.isEqualTo(Integer.parseInt(desk.find("#fig-targets .xa-figure").getText()));
			desk.open("/warnings/" + id + "?filter=LATE");
			assertThat(desk.find("#school-lines").getText()).contains(silentName);
		}
	}

	@Test
	void theCountyPassesTheCitysWarningDownWithItsOwnInstructionsAndItsSchoolReadsThem() throws Exception {
		String title = "暴雨橙色预警" + System.nanoTime() % 1000;
		long id = demo
			.callAs("wz_safety",
					() -> warnings.issue(new IssueWarning(WarningKind.RAINSTORM, WarningLevel.ORANGE, title,
							"全市将出现大到暴雨，局部特大暴雨。", "停止户外活动\n排查校舍和围墙", LocalDateTime.now().plusDays(2), null, null, null)))
			.id();
		String instruction = "藤县各校今晚18时前完成校舍和围墙排查，结果报县教育局安全股";
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/warnings/" + id);
			assertThat(county.find("#instructions-none").isDisplayed()).isTrue();
			county.find("#instruction-form #text").sendKeys(instruction);
			county.scrollTo("#instruction-form");
			county.screenshot("warning-instruction-form-phone");
			county.submit("#instruction-submit");
			assertThat(county.find("#instructions .instruction-text").getText()).isEqualTo(instruction);
		}
		try (Browser principal = new Browser(port, 390, 844)) {
			principal.login("principal", Demo.PASSWORD);
			principal.open("/warnings/" + id);
			assertThat(principal.find("#instructions").getText()).contains(instruction, "藤县");
			assertThat(principal.present(By.id("instruction-form"))).as("a school cannot add").isEmpty();
			principal.scrollTo("#instructions");
			principal.screenshot("warning-instruction-school-phone");
		}
		try (Browser city = new Browser(port, 1366, 900)) {
			city.login("wz_safety", Demo.PASSWORD);
			city.open("/warnings/" + id);
			assertThat(city.find("#instructions .instruction-unit").getText()).contains("藤县");
			assertThat(city.present(By.id("instruction-form"))).as("the issuer adds none").isEmpty();
			city.screenshot("warning-instruction-city-desktop");
		}
	}

}
