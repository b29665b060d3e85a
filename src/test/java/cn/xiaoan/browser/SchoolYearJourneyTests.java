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
 * A county administrator looks at the policy settings (with the school calendar) and the
 * new-school-year preview of a school, on a phone and on a desktop.
 */
@PlatformTest
class SchoolYearJourneyTests {

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
	void theCountyAdminSeesTheSchoolCalendarAndTheSchoolYearPreviewOnAPhoneAndADesktop() throws Exception {
		long principal2 = demo.schoolOf("principal2");
		long school = demo.schoolsIn("530323").stream().filter(id -> id != principal2).toList().get(1);
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			String device = size[0] < 800 ? "phone" : "desktop";
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("sz_admin", Demo.PASSWORD);
				browser.open("/policy?region=530323");
				assertThat(browser.text()).contains("学年开始日").contains("09-01").contains("网上巡查限期完成");
				browser.screenshot("schoolyear-01-policy-" + device);
				browser.open("/schools/" + school);
				browser.submit("#school-year-link");
				assertThat(browser.text()).contains("将升级").contains("名学生").contains("确认升级");
				browser.screenshot("schoolyear-02-preview-" + device);
			}
		}
	}

}
