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
 * The pages issue 8 changed, on a phone and on a desktop: the bureau's "三个100%" figures
 * and the schools failing one of them, a school's security page with the police link and
 * N = teachers + students, and the export buttons of the risk inventory, the people lists
 * and the training bookings.
 */
@PlatformTest
class ChecksJourneyTests {

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
	void aBureauFollowsAHundredPercentFigureToTheSchoolsFailingIt() throws Exception {
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			String device = size[0] < 500 ? "phone" : "desktop";
			try (Browser b = new Browser(port, size[0], size[1])) {
				b.login("wz_safety", Demo.PASSWORD);
				b.open("/security/staffing");
				assertThat(b.find("#hundred-percent").getText()).contains("专职保安配备率")
					.contains("封闭化管理率")
					.contains("一键报警和视频监控联网率");
				b.screenshot("checks-01-hundred-percent-" + device);
				b.scrollTo("#hundred-ALARM_AND_VIDEO").click();
				b.waitFor(d -> d.getCurrentUrl().contains("failing=ALARM_AND_VIDEO"));
				assertThat(b.text()).contains("仅显示未达到“一键报警和视频监控联网率”的学校");
				b.screenshot("checks-02-failing-alarm-video-" + device);
			}
			try (Browser b = new Browser(port, size[0], size[1])) {
				b.login("principal", Demo.PASSWORD);
				long school = demo.schoolOf("principal");
				b.open("/schools/" + school + "/security");
				assertThat(b.text()).contains("视频监控与公安联网").contains("教师");
				b.screenshot("checks-03-school-security-" + device);
				b.open("/schools/" + school + "/risks");
				assertThat(b.find("#risk-export").getText()).isEqualTo("导出风险点台账");
				b.screenshot("checks-04-risk-inventory-" + device);
				b.open("/schools/" + school + "/staff");
				assertThat(b.find("#staff-export").getText()).isEqualTo("导出教职工名册");
				b.screenshot("checks-05-staff-" + device);
				b.open("/training/bookings");
				assertThat(b.find("#bookings-export").getText()).isEqualTo("导出预约台账");
				b.screenshot("checks-06-training-bookings-" + device);
			}
		}
	}

}
