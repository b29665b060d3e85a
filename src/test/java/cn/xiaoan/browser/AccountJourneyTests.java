package cn.xiaoan.browser;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 藤县's bureau creates a police liaison who may see school information only, then disables
 * it; a principal on a phone creates a teacher's account, who must change the initial
 * password at first sign-in.
 */
@PlatformTest
class AccountJourneyTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void bureauCreatesAPartnerAndDisablesItPrincipalCreatesATeacherOnAPhone() throws Exception {
		try (Browser desk = new Browser(port, 1366, 900); Browser phone = new Browser(port, 390, 844)) {
			desk.login("tx_admin", Demo.PASSWORD);
			desk.menu("/accounts");
			desk.submit("#new-account");
			desk.find("#username").sendKeys("tx_police_b");
			desk.find("#displayName").sendKeys("藤县公安局 覃警官");
			new Select(desk.find("#role")).selectByVisibleText("警校联动民警");
			assertThat(desk.find("[data-for-scope=SCHOOL]").isDisplayed()).isFalse();
			new Select(desk.find("#regionCode")).selectByValue("450422");
			desk.click("#kind-SCHOOL_BASIC");
			desk.find("#initialPassword").sendKeys("Start2026a");
			desk.screenshot("accounts-01-desk-new-partner");
			desk.submit("#save-account");
			assertThat(desk.text()).contains("账号已创建").contains("tx_police_b").contains("学校基本信息").contains("藤县");
			assertThat(desk.find("#account-tx_police_b").getText()).doesNotContain("POLICE").doesNotContain("450422");
			desk.screenshot("accounts-02-desk-list");
			desk.scrollTo("#account-tx_police_b .btn-outline-danger").click();
			desk.driver.switchTo().alert().accept();
			desk.waitFor(d -> d.getPageSource().contains("账号已停用"));
			assertThat(desk.find("#account-tx_police_b").getText()).contains("已停用");

			phone.open("/login");
			phone.find("#username").sendKeys("tx_police_b");
			phone.find("#password").sendKeys("Start2026a");
			phone.submit("button[type=submit]");
			assertThat(phone.driver.getCurrentUrl()).contains("/login");
			phone.screenshot("accounts-03-phone-disabled-refused");

			phone.login("principal", Demo.PASSWORD);
			phone.open("/accounts/new");
			phone.find("#username").sendKeys("t_phone");
			phone.find("#displayName").sendKeys("手机 新老师");
			new Select(phone.find("#role")).selectByVisibleText("教师");
			assertThat(phone.find("[data-for-partner]").isDisplayed()).isFalse();
			assertThat(new Select(phone.find("#role")).getOptions()).extracting(o -> o.getText())
				.doesNotContain("教育局管理员", "系统管理员", "警校联动民警");
			new Select(phone.find("#schoolId")).selectByIndex(1);
			phone.find("#initialPassword").sendKeys("Start2026a");
			phone.screenshot("accounts-04-phone-new-teacher");
			phone.submit("#save-account");
			assertThat(phone.text()).contains("账号已创建").contains("t_phone").contains("待改初始密码");
			phone.screenshot("accounts-05-phone-list");
			phone.driver.manage().deleteAllCookies();
			phone.login("t_phone", "Start2026a");
			assertThat(phone.driver.getCurrentUrl()).contains("/account/password");
		}
	}

}
