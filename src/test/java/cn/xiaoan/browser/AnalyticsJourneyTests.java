package cn.xiaoan.browser;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A county official at phone and desktop size opens analytics for this quarter from the
 * menu, sees the comparison with the quarter before and last year, drills down to a
 * school, exports a chart's table and generates the quarterly report; a school account
 * and another county's region are refused.
 */
@PlatformTest
class AnalyticsJourneyTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	/** The status and type of a same-origin GET, fetched by the page itself. */
	private static final String FETCH = """
			var done = arguments[arguments.length - 1];
			fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('content-type')); });""";

	@Test
	void aCountyOfficialAnalysesAQuarterDrillsDownExportsAndReports() throws Exception {
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			String kind = size[0] < 500 ? "phone" : "desktop";
			try (Browser b = new Browser(port, size[0], size[1])) {
				b.login("tx_safety", Demo.PASSWORD);
				b.menu("/analytics");
				assertThat(b.find("#figure-hazards .compare-previous").getText()).contains("上期");
				assertThat(b.find("#figure-hazards .compare-lastYear").getText()).contains("去年同期");
				assertThat(b.find("#what-counts").getText()).contains("季度");
				b.find("#chart-category svg");
				b.screenshot("analytics-quarter-" + kind);
				b.scrollTo("#unit-table");
				b.screenshot("analytics-units-" + kind);
				String href = b.find("#export-unit").getAttribute("href");
				Object fetched = b.driver.executeAsyncScript(FETCH, href);
				assertThat(String.valueOf(fetched)).startsWith("200 application/vnd.openxmlformats");
				b.submit("#unit-table a.drill");
				b.waitFor(d -> d.getCurrentUrl().contains("schoolId="));
				assertThat(b.find("#unit-name").getText()).isNotBlank();
				b.find("#up");
				b.screenshot("analytics-school-" + kind);
				b.open("/analytics/reports");
				b.submit("#generate");
				assertThat(b.find("#generated").getText()).contains("报送");
				assertThat(b.find("#report-table").getText()).contains("季度");
				b.screenshot("analytics-reports-" + kind);
				b.open("/analytics/screen?wall=true");
				b.find("#screen-month svg");
				b.screenshot("analytics-wall-" + kind);
				b.open("/analytics?region=450481");
				assertThat(b.driver.getTitle()).contains("无权访问");
			}
		}
		try (Browser b = new Browser(port, 390, 844)) {
			b.login("safety", Demo.PASSWORD);
			b.open("/analytics");
			assertThat(b.driver.getTitle()).contains("无权访问");
			b.screenshot("analytics-school-refused-phone");
		}
	}

}
