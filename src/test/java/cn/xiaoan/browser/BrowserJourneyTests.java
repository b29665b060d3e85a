package cn.xiaoan.browser;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * User journeys in a real browser, at desk and phone sizes, with a screenshot of each
 * page.
 */
@PlatformTest
class BrowserJourneyTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void aCityOfficialFindsSchoolsAndTheStaffingShortfalls() throws Exception {
		try (Browser browser = new Browser(port, 1366, 900)) {
			browser.open("/login");
			assertThat(browser.text()).contains("中小学幼儿园安全风险防控平台");
			browser.screenshot("01-login");
			browser.login("wz_admin", Demo.PASSWORD);
			assertThat(browser.text()).contains("梧州市教育局管理员").contains("学校数");
			assertThat(Integer.parseInt(browser.find("#fig-schools").getText())).isEqualTo(21);
			browser.screenshot("02-home-city");

			browser.menu("/schools");
			assertThat(browser.driver.findElements(By.cssSelector("#school-table tbody tr"))).hasSizeGreaterThan(5);
			WebElement search = browser.find("#text");
			search.sendKeys("藤县");
			browser.waitFor(d -> d.findElements(By.cssSelector("#school-table tbody tr"))
				.stream()
				.allMatch(r -> r.getText().contains("藤县")));
			assertThat(browser.driver.getCurrentUrl()).contains("text=");
			browser.screenshot("03-schools-search");

			browser.submit("#school-table tbody tr a");
			assertThat(browser.text()).contains("学校类型").contains("班级");
			browser.screenshot("04-school-detail");

			browser.open("/security/staffing");
			List<WebElement> rows = browser.driver.findElements(By.cssSelector("#staffing-table tbody tr"));
			assertThat(rows).isNotEmpty();
			assertThat(browser.text()).contains("安保配备达标情况").contains("专职保安缺口合计");
			assertThat(rows.get(0).getText()).containsAnyOf("专职保安不足", "无一键报警", "未封闭化管理", "视频监控不达标");
			browser.screenshot("05-staffing-shortfalls");

			browser.submit("#staffing-table tbody tr a");
			assertThat(browser.text()).contains("应配").contains("实配专职");
			browser.screenshot("06-school-security");

			browser.open("/policy");
			assertThat(browser.text()).contains("国家默认").contains("公治〔2015〕168号");
			browser.screenshot("07-policy");

			browser.open("/audit");
			assertThat(browser.text()).contains("登录成功").doesNotContain("LOGIN_SUCCESS");
			browser.screenshot("08-audit");
		}
	}

	@Test
	void aPrincipalOnAPhoneSeesTheSchoolsStaffingAndStudents() throws Exception {
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("principal", Demo.PASSWORD);
			assertThat(phone.text()).contains("藤县");
			phone.screenshot("10-phone-principal-home");
			phone.open("/schools/" + demo.schoolOf("principal"));
			phone.screenshot("11-phone-school");
			phone.submit("a.btn[href$='/students']");
			assertThat(phone.text()).contains("学籍号");
			assertThat(phone.text()).containsPattern("\\d{4}\\*{14}").doesNotContainPattern("\\d{4}\\*+\\d{3}[0-9X]");
			phone.screenshot("12-phone-students");
		}
	}

	@Test
	void aPrincipalImportsStudentsAndWatchesTheProgress() throws Exception {
		long school = demo.schoolOf("principal");
		String grade = demo.jdbc()
			.sql("select name from org.grade where school_id = :s order by seq limit 1")
			.param("s", school)
			.query(String.class)
			.single();
		java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 200; i++) {
			rows.add(java.util.List.of("WEB" + i, "网页导入" + i, "", grade, "8班", "否", "家长" + i, "", "父亲"));
		}
		rows.add(java.util.List.of("WEB0", "重复", "", grade, "8班", "否", "", "", ""));
		java.nio.file.Path bad = java.nio.file.Files.createTempFile("students", ".xlsx");
		java.nio.file.Files.write(bad, cn.xiaoan.support.Sheets.xlsx(cn.xiaoan.support.Sheets.STUDENT_HEADERS, rows));
		try (Browser browser = new Browser(port, 1280, 900)) {
			browser.login("principal", Demo.PASSWORD);
			browser.open("/schools/" + school + "/students/import");
			browser.screenshot("14-import-form");
			browser.find("#file").sendKeys(bad.toAbsolutePath().toString());
			browser.find("#initialPassword").sendKeys("Start2026a");
			browser.find("form[enctype] button").click();
			browser.waitFor(d -> !d.findElements(By.id("import-problems")).isEmpty());
			assertThat(browser.text()).contains("未导入任何数据").contains("与文件中其他行重复");
			browser.screenshot("15-import-rejected");

			java.nio.file.Files.write(bad,
					cn.xiaoan.support.Sheets.xlsx(cn.xiaoan.support.Sheets.STUDENT_HEADERS, rows.subList(0, 200)));
			browser.open("/schools/" + school + "/students/import");
			browser.find("#file").sendKeys(bad.toAbsolutePath().toString());
			browser.find("#initialPassword").sendKeys("Start2026a");
			browser.find("form[enctype] button").click();
			browser.waitFor(d -> d.findElement(By.id("import-progress")).getText().contains("导入成功"));
			assertThat(browser.text()).contains("导入成功，共 200 条");
			browser.screenshot("16-import-done");
		}
	}

	@Test
	void aRefusedStudentFormShowsEachErrorByItsFieldAndKeepsWhatWasTyped() throws Exception {
		long school = demo.schoolOf("principal");
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("principal", Demo.PASSWORD);
				browser.open("/schools/" + school + "/students/new");
				browser.find("#name").sendKeys("王小丫");
				browser.find("#guardianName").sendKeys("王大山");
				browser.find("#guardianPhone").sendKeys("12345");
				browser.submit("form.xa-card button[type=submit]");
				assertThat(browser.find("#name").getAttribute("value")).isEqualTo("王小丫");
				assertThat(browser.find("#guardianName").getAttribute("value")).isEqualTo("王大山");
				assertThat(browser.driver.findElements(By.cssSelector(".invalid-feedback"))).hasSize(3);
				assertThat(browser.find("#form-errors").getText()).contains("手机号");
				browser.screenshot("17-student-refused-" + size[0]);
			}
		}
	}

	@Test
	void aParentOnAPhoneSeesOnlyTheirChild() throws Exception {
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("parent", Demo.PASSWORD);
			assertThat(phone.text()).as("a parent lands on the children's homework").contains("我的作业");
			phone.open("/me");
			assertThat(phone.text()).contains("我的孩子");
			assertThat(phone.driver.findElements(By.cssSelector(".student-card"))).hasSize(1);
			phone.screenshot("13-phone-parent");
		}
	}

	@Test
	void theLoginPageSwitchesToEnglish() throws Exception {
		try (Browser browser = new Browser(port, 1366, 900)) {
			browser.open("/login");
			browser.submit("a[href*='lang=en']");
			assertThat(browser.text()).contains("School safety risk prevention and control platform");
			browser.login("tx_safety", Demo.PASSWORD);
			assertThat(browser.text()).contains("Welcome");
			browser.screenshot("09-home-english");
			browser.open("/login?lang=zh_CN");
		}
	}

}
