package cn.xiaoan.browser;

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
 * School buses on phones: the demo school applies for a permit, the county forwards it,
 * police traffic and transport answer, the county gives its opinion and records the
 * approval, each step with its working-day deadline; the school cannot put the driver
 * aged 61 on a route; the escort's alighting check with one child missing alerts the head
 * teacher, who sees the child marked on the run.
 */
@PlatformTest
class SchoolBusJourneyTests {

	private static final String PHONE_PLATE = "桂D·X2601";

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aPermitWalksThroughEveryPartyAnUnfitDriverIsRefusedAndAChildLeftOnTheBusAlertsTheHeadTeacher()
			throws Exception {
		String permitUrl;
		try (Browser school = new Browser(port, 390, 844)) {
			school.login("safety", Demo.PASSWORD);
			school.menu("/school-bus-permits");
			new Select(school.find("#vehicleId")).selectByVisibleText(PHONE_PLATE);
			school.find("#applicant").sendKeys("藤县顺安校车服务有限公司");
			school.screenshot("schoolbus-01-phone-school-applies");
			school.submit("#permit-apply-submit");
			assertThat(school.driver.getCurrentUrl()).matches(".*/school-bus-permits/\\d+$");
			permitUrl = school.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
			assertThat(school.find("#permit-status").getText()).contains("待教育部门转送");
			assertThat(school.find("#permit-steps").getText()).contains("教育部门转送（期限 20", "尚未办理");
			assertThat(school.text()).contains("期限按工作日计算");
			assertThat(school.present(By.cssSelector("#permit-forward"))).isEmpty();
			school.screenshot("schoolbus-02-phone-school-applied");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open(permitUrl);
			county.submit("#permit-forward");
			assertThat(county.find("#permit-status").getText()).contains("待公安交管、交通运输部门回复");
			assertThat(county.find("#permit-steps").getText()).contains("公安", "交通运输");
			county.screenshot("schoolbus-03-phone-county-forwarded");
		}
		for (String partner : List.of("traffic_police", "transport")) {
			try (Browser answering = new Browser(port, 390, 844)) {
				answering.login(partner, Demo.PASSWORD);
				answering.open("/");
				assertThat(answering.find("#home-todos").getText()).contains(PHONE_PLATE);
				answering.open(permitUrl);
				answering.find("#note").sendKeys("车辆安全技术检验合格，同意");
				answering.screenshot("schoolbus-04-phone-" + partner + "-answers");
				answering.submit("#permit-step-submit");
				assertThat(answering.present(By.cssSelector("#permit-step"))).isEmpty();
			}
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open(permitUrl);
			assertThat(county.find("#permit-status").getText()).contains("待教育部门审查");
			county.find("#note").sendKeys("线路、站点和随车照管人员符合要求，建议批准");
			county.submit("#permit-step-submit");
			assertThat(county.find("#permit-status").getText()).contains("待人民政府决定");
			county.find("#note").sendKeys("县人民政府同意使用");
			county.submit("#permit-step-submit");
			assertThat(county.find("#permit-status").getText()).contains("已批准");
			assertThat(county.find("#permit-steps").getText()).contains("同意", "已批准");
			county.screenshot("schoolbus-05-phone-county-approved");
		}
		try (Browser school = new Browser(port, 390, 844)) {
			school.login("safety", Demo.PASSWORD);
			school.menu("/school-buses");
			school.click("a.route-link");
			school.waitFor(d -> d.getCurrentUrl().matches(".*/school-buses/routes/\\d+$"));
			String fitDriver = school.find("#route-driver").getText();
			Select drivers = new Select(school.find("#driverId"));
			WebElement old = drivers.getOptions()
				.stream()
				.filter(o -> o.getText().contains("李国华"))
				.findFirst()
				.orElseThrow();
			drivers.selectByValue(old.getAttribute("value"));
			school.submit("#driver-assign-submit");
			assertThat(school.find("#form-errors").getText()).contains("不符合校车驾驶人条件", "年龄不在25至60周岁之间");
			assertThat(school.find("#route-driver").getText()).isEqualTo(fitDriver);
			school.screenshot("schoolbus-06-phone-driver-61-refused");
		}
		String runUrl;
		try (Browser escort = new Browser(port, 390, 844)) {
			escort.login("teacher", Demo.PASSWORD);
			escort.open("/");
			escort.driver.findElements(By.cssSelector("a.todo-link"))
				.stream()
				.filter(a -> a.getText().contains("城东线"))
				.findFirst()
				.orElseThrow()
				.click();
			escort.waitFor(d -> d.getCurrentUrl().matches(".*/school-buses/routes/\\d+$"));
			escort.submit("#start-run");
			assertThat(escort.driver.getCurrentUrl()).matches(".*/school-buses/runs/\\d+$");
			runUrl = escort.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
			escort.screenshot("schoolbus-07-phone-escort-boarding");
			escort.submit("#board-submit");
			assertThat(escort.find("#run-counts").getText()).contains("上车 8 人 / 应乘 8 人");
			List<WebElement> off = escort.driver.findElements(By.cssSelector("#alight-form input[type=checkbox]"));
			assertThat(off).hasSize(8);
			String left = off.get(0).getAttribute("id");
			escort.click("label[for='" + left + "']");
			escort.screenshot("schoolbus-08-phone-escort-alighting");
			escort.submit("#alight-submit");
			assertThat(escort.find("#run-missing").getText()).contains("有 1 名学生上车后未下车");
			assertThat(escort.find("#run-counts").getText()).contains("未下车 1 人");
			escort.screenshot("schoolbus-09-phone-escort-alert");
		}
		try (Browser head = new Browser(port, 390, 844)) {
			head.login("headteacher", Demo.PASSWORD);
			head.open("/inbox");
			WebElement alert = head.driver.findElements(By.cssSelector("a.xa-inbox-link"))
				.stream()
				.filter(a -> a.getText().contains("校车下车清点异常"))
				.findFirst()
				.orElseThrow();
			head.screenshot("schoolbus-10-phone-headteacher-inbox");
			alert.click();
			head.waitFor(d -> d.getCurrentUrl().endsWith(runUrl) || d.getCurrentUrl().contains("/inbox/"));
			head.open(runUrl);
			assertThat(head.find("#run-missing").getText()).contains("有 1 名学生上车后未下车");
			assertThat(head.driver.findElements(By.cssSelector("#run-riders li.xa-bad"))).hasSize(1);
			head.screenshot("schoolbus-11-phone-headteacher-run");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/school-buses");
			desk.screenshot("schoolbus-12-desktop-county-ledger");
			desk.open("/school-bus-permits");
			desk.screenshot("schoolbus-13-desktop-county-permits");
			desk.open(permitUrl);
			desk.screenshot("schoolbus-14-desktop-county-permit");
		}
		try (Browser police = new Browser(port, 1366, 900)) {
			police.login("traffic_police", Demo.PASSWORD);
			police.open("/school-buses");
			assertThat(police.text()).contains(PHONE_PLATE);
			police.screenshot("schoolbus-15-desktop-police-ledger");
		}
	}

	@Test
	void aSchoolImportsItsBusesFromExcelSeeingEachBadCellFirst() throws Exception {
		java.time.LocalDate today = java.time.LocalDate.now();
		List<Object> good = List.of("桂D·W0001", "", "藤县网页导入校车公司", "宇通ZK6729DX", 36, "桂D校车W01",
				today.plusMonths(9).toString(), today.plusMonths(5).toString(), "PDAA-W01",
				today.plusMonths(8).toString(), "是", "");
		List<Object> bad = List.of("桂D·W0002", "苍梧县某小学", "藤县网页导入校车公司", "", "很多", "", "", today.plusMonths(5).toString(),
				"", "明年", "是", "");
		java.nio.file.Path file = java.nio.file.Files.createTempFile("buses", ".xlsx");
		java.nio.file.Files.write(file, cn.xiaoan.support.Sheets
			.xlsx(cn.xiaoan.schoolbus.LedgerSheetsAccess.vehicleHeaders(), List.of(good, bad)));
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("safety", Demo.PASSWORD);
			phone.menu("/school-buses");
			phone.click("#import-vehicles");
			phone.screenshot("schoolbus-20-phone-import-form");
			phone.find("#file").sendKeys(file.toAbsolutePath().toString());
			phone.submit("form[enctype] button");
			phone.waitFor(d -> !d.findElements(By.id("import-problems")).isEmpty());
			assertThat(phone.text()).contains("未导入任何数据")
				.contains("B 学校")
				.contains("E 核定载人数")
				.contains("J 保险到期")
				.contains("只能导入本校的数据");
			phone.screenshot("schoolbus-21-phone-import-rejected");
		}
		java.nio.file.Files.write(file,
				cn.xiaoan.support.Sheets.xlsx(cn.xiaoan.schoolbus.LedgerSheetsAccess.vehicleHeaders(), List.of(good)));
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("safety", Demo.PASSWORD);
			desk.open("/school-buses/vehicles/import");
			desk.find("#file").sendKeys(file.toAbsolutePath().toString());
			desk.submit("form[enctype] button");
			assertThat(desk.find("#import-result").getText()).contains("导入成功：新增 1 条，更新 0 条");
			desk.screenshot("schoolbus-22-desktop-import-done");
			desk.open("/school-buses");
			assertThat(desk.find("#vehicle-table").getText()).contains("桂D·W0001");
			desk.screenshot("schoolbus-23-desktop-ledger-with-import");
		}
	}

}
