package cn.xiaoan.golive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.xiaoan.browser.Browser;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A production installation from an empty database, through the API: no demo data, only
 * the first administrator — and nothing needs SQL to reach a signed-in teacher. The audit
 * trail holds every administrative step with who, before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "xiaoan.embedded-db.data-dir=target/golive-pg", "xiaoan.embedded-db.clean=true",
				"xiaoan.data-key-file=target/golive-keys/personal-data.key", "xiaoan.files.dir=target/golive-files",
				"xiaoan.demo.enabled=false", "xiaoan.admin.initial-password=" + GoLiveJourneyTests.ADMIN_INITIAL })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoLiveJourneyTests {

	static final String ADMIN_INITIAL = "FirstAdmin2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void anEmptyInstallationGoesLiveFromAdminToTeacherInTheBrowser() throws Exception {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
		assertThat(jdbc.sql("select count(*) from org.school").query(Integer.class).single()).isZero();
		try (Browser admin = new Browser(port, 1366, 900)) {
			firstSignIn(admin, "admin", ADMIN_INITIAL, "golive-01-admin-password");
			admin.open("/regions");
			new Select(admin.find("#provinceCode")).selectByValue(GoLiveJourney.PROVINCE);
			admin.screenshot("golive-02-admin-regions-empty");
			admin.submit("#load-province button[type=submit]");
			assertThat(admin.find("#load-result").getText()).contains("新增");
			admin.open("/regions?code=" + GoLiveJourney.COUNTY);
			assertThat(admin.text()).contains("藤县").contains("藤州镇");
			admin.screenshot("golive-03-admin-regions-loaded");
			createAccount(admin, "gx_live", "广西教育厅 韦处长", "BUREAU_ADMIN", GoLiveJourney.PROVINCE);
			admin.screenshot("golive-04-admin-accounts");
		}
		try (Browser province = new Browser(port, 1366, 900)) {
			firstSignIn(province, "gx_live", INITIAL, null);
			createAccount(province, "wz_live", "梧州市教育局 李科长", "BUREAU_ADMIN", GoLiveJourney.CITY);
		}
		try (Browser city = new Browser(port, 1366, 900)) {
			firstSignIn(city, "wz_live", INITIAL, null);
			createAccount(city, "tx_live", "藤县教育局 黄股长", "BUREAU_ADMIN", GoLiveJourney.COUNTY);
		}
		try (Browser county = new Browser(port, 1366, 900)) {
			firstSignIn(county, "tx_live", INITIAL, null);
			String township = jdbc.sql("select code from org.region where parent_code = :c order by code limit 1")
				.param("c", GoLiveJourney.COUNTY)
				.query(String.class)
				.single();
			county.open("/schools/import");
			county.find("#file")
				.sendKeys(file("学校.xlsx", Sheets.xlsx(GoLiveJourney.SCHOOL_HEADERS, List
					.of(List.of("4504229901", "藤县浔江小学", "小学", township, "藤县藤州镇江边路1号", "0774-7271234", "否", 2, 0, 2)))));
			county.submit("form[action='/schools/import'] button[type=submit]");
			assertThat(county.text()).contains("导入成功");
			county.screenshot("golive-05-county-schools-imported");
			long school = jdbc.sql("select id from org.school where code = '4504229901'").query(Long.class).single();
			county.open("/schools/" + school);
			county.find("form[action$='/grades'] input[name=name]").sendKeys("一年级");
			county.submit("form[action$='/grades'] button");
			county.find("form[action$='/classes'] input[name=name]").sendKeys("1班");
			county.submit("form[action$='/classes'] button");
			assertThat(county.text()).contains("一年级").contains("1班");

			county.open("/schools/" + school + "/staff/import");
			county.find("#file")
				.sendKeys(file("教职工.xlsx", Sheets.xlsx(List.of("姓名", "性别", "手机号", "岗位", "是否专职", "工号", "登录账号"),
						List.of(List.of("覃老师", "女", "13800003333", "班主任", "是", "T01", "js_live")))));
			county.find("#initialPassword").sendKeys(INITIAL);
			county.submit("form[action$='/staff/import'] button[type=submit]");
			assertThat(county.text()).contains("导入成功");
			county.screenshot("golive-06-county-staff-imported");

			county.open("/schools/" + school + "/students/import");
			county.find("#file")
				.sendKeys(file("学生.xlsx",
						Sheets.xlsx(Sheets.STUDENT_HEADERS,
								List.of(List.of("L2026001", "蒙小芳", "", "一年级", "1班", "否", "蒙父", "13900003333", "父亲"),
										List.of("L2026002", "韦小军", "", "一年级", "1班", "否", "韦母", "13900004444", "母亲")))));
			county.find("#initialPassword").sendKeys(INITIAL);
			county.submit("form[action$='/students/import'] button[type=submit]");
			county.waitFor(d -> d.getPageSource().contains("已完成") || d.getPageSource().contains("未导入"));
			assertThat(county.text()).contains("已完成");
			county.screenshot("golive-07-county-students-imported");
		}
		try (Browser teacher = new Browser(port, 390, 844)) {
			firstSignIn(teacher, "js_live", INITIAL, "golive-08-teacher-phone-password");
			assertThat(teacher.text()).contains("覃老师");
			teacher.screenshot("golive-09-teacher-phone-home");
		}
	}

	private static final String INITIAL = "Start2026go";

	private static void firstSignIn(Browser browser, String username, String password, String screenshot)
			throws Exception {
		browser.login(username, password);
		assertThat(browser.driver.getCurrentUrl()).as(username + " must change the initial password")
			.contains("/account/password");
		if (screenshot != null) {
			browser.screenshot(screenshot);
		}
		browser.find("#current").sendKeys(password);
		browser.find("#replacement").sendKeys(GoLiveJourney.NEW_PASSWORD);
		browser.find("#confirmation").sendKeys(GoLiveJourney.NEW_PASSWORD);
		browser.submit("form[action='/account/password'] button[type=submit]");
		assertThat(browser.driver.getCurrentUrl()).doesNotContain("/account/password");
	}

	private static void createAccount(Browser browser, String username, String name, String role, String region) {
		browser.open("/accounts/new");
		browser.find("#username").sendKeys(username);
		browser.find("#displayName").sendKeys(name);
		new Select(browser.find("#role")).selectByValue(role);
		new Select(browser.find("#regionCode")).selectByValue(region);
		browser.find("#initialPassword").sendKeys(INITIAL);
		browser.submit("#save-account");
		assertThat(browser.text()).contains("账号已创建").contains(username);
	}

	private static String file(String name, byte[] content) throws java.io.IOException {
		Path dir = Files.createDirectories(Path.of("target/golive-uploads"));
		return Files.write(dir.resolve(name), content).toAbsolutePath().toString();
	}

	@Test
	@Order(2)
	void anEmptyInstallationGoesLiveFromAdminToTeacherThroughTheApi() throws Exception {

		GoLiveJourney.Outcome outcome = new GoLiveJourney("http://localhost:" + port, ADMIN_INITIAL).run();

		assertThat(jdbc.sql("select count(*) from org.region where code like '450422%'").query(Integer.class).single())
			.isGreaterThan(10);
		var created = jdbc.sql("""
				select username, before::text, after::text from audit.entry
				where entity_type = 'account' and action = 'CREATE' and after::text like '%' || :u || '%'""")
			.param("u", outcome.countyAdmin())
			.query((rs, n) -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3))
			.list();
		assertThat(created).as("the county administrator's creation is audited with who and after").hasSize(1);
		assertThat(created.get(0)).startsWith("wz").contains("BUREAU_ADMIN").contains("450422");
	}

}
