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
 * A principal opens a student: the number masked, an audited reveal, guardian consent,
 * leaving and the export; the transfer requests; a parent gives consent — on a phone and
 * on a desktop (ADR 0014).
 */
@PlatformTest
class StudentPrivacyJourneyTests {

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
	void aPrincipalRevealsAnIdNumberAndSeesConsentAndAParentAnswersOnAPhoneAndADesktop() throws Exception {
		long child = demo.studentOf("parent");
		long school = demo.schoolOf("principal");
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			String device = size[0] < 800 ? "phone" : "desktop";
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("principal", Demo.PASSWORD);
				browser.open("/students/" + child);
				assertThat(browser.text()).contains("4504**************").contains("查看完整身份证号").contains("导出个人信息副本");
				browser.click("#reveal-id-card");
				browser.waitFor(d -> !d.findElements(org.openqa.selenium.By.id("id-card-revealed")).isEmpty());
				assertThat(browser.find("#id-card-revealed").getText()).matches("\\d{17}[\\dX]");
				browser.screenshot("privacy-01-student-revealed-" + device);
				browser.open("/schools/" + school + "/student-transfers");
				assertThat(browser.text()).contains("学生转入申请");
				browser.screenshot("privacy-02-transfer-requests-" + device);
			}
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("parent", Demo.PASSWORD);
				browser.open("/me");
				assertThat(browser.text()).contains("导出个人信息副本");
				browser.screenshot("privacy-03-parent-consent-" + device);
			}
		}
	}

}
