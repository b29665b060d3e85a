package cn.xiaoan.browser;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
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
 * A county auditor reads who changed a policy setting, when (Beijing time) and from what
 * to what, on a phone and at a desk.
 */
@PlatformTest
class AuditJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	PolicyManagement policy;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void aCountyAuditorFindsWhoChangedASettingOnAPhoneAndAtADesk() throws Exception {
		demo.runAs("tx_admin",
				() -> policy.override(PolicySetting.SESSION_IDLE_MINUTES, "450422", "20", "藤县教育局网络安全规定"));
		demo.runAs("tx_admin", () -> policy.removeOverride(PolicySetting.SESSION_IDLE_MINUTES, "450422"));
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.open("/login");
			assertThat(phone.text()).contains("记住本机的用户名");
			phone.screenshot("audit-01-login-remember");
			phone.login("tx_safety", Demo.PASSWORD);
			phone.open("/audit");
			new Select(phone.find("#kind")).selectByVisibleText("政策设置");
			phone.submit("#audit-filters button");
			phone.waitFor(d -> d.getCurrentUrl().contains("kind=policy"));
			String text = phone.find("#audit-entries").getText();
			assertThat(text).contains("藤县教育局管理员", "教育局管理员", "修改", "删除", "政策设置", "登录会话空闲超时（分钟）", "30", "20");
			assertThat(text).doesNotContain("UPDATE", "BUREAU_ADMIN", "SESSION_IDLE_MINUTES");
			phone.screenshot("audit-02-phone-policy-changes");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/audit");
			assertThat(desk.find("#audit-entries").getText()).contains("登录成功", "政策设置");
			desk.screenshot("audit-03-desktop-all");
		}
	}

}
