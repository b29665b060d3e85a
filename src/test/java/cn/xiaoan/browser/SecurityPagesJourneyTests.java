package cn.xiaoan.browser;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages issue 9 added, as their users meet them on a phone and at a desk: a principal
 * ticks the classes a teacher teaches; the system administrator checks the audit chain.
 */
@PlatformTest
class SecurityPagesJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void aPrincipalSetsTheClassesATeacherTeaches() throws Exception {
		long staff = demo.jdbc()
			.sql("select person_id from people.account where username = 'teacher'")
			.query(Long.class)
			.single();
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("principal", Demo.PASSWORD);
				browser.open("/staff/" + staff + "/classes");
				assertThat(browser.text()).contains("任教班级", "科任教师只能查看和提醒任教班级的安全作业");
				browser.submit("#save-teaching");
				browser.waitFor(d -> d.getCurrentUrl().contains("saved"));
				assertThat(browser.text()).contains("已保存");
				browser.screenshot("security-01-teaching-classes-" + (size[0] < 500 ? "phone" : "desktop"));
			}
		}
	}

	@Test
	void theSystemAdministratorChecksTheAuditChain() throws Exception {
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("admin", Demo.PASSWORD);
				browser.open("/audit");
				browser.submit("#audit-verify button");
				browser.waitFor(d -> d.getPageSource().contains("审计链完整"));
				assertThat(browser.text()).contains("审计链完整", "全部记录").doesNotContain("INTACT", "audit.verify", " chain");
				browser.screenshot("security-02-audit-chain-" + (size[0] < 500 ? "phone" : "desktop"));
			}
		}
	}

}
