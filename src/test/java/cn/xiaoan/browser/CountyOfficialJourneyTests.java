package cn.xiaoan.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The county official's everyday walk (issue 10's check): home → a tile → the ledger,
 * paged → one school's hazards → the supervised hazards → one of them → its notice, with
 * every figure on the way agreeing with the list behind it.
 */
@PlatformTest
class CountyOfficialJourneyTests {

	private static final Pattern SUMMARY = Pattern.compile("共 (\\d+) 条 · 第 (\\d+)/(\\d+) 页");

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void everyFigureOnTheWayFromHomeToANoticeAgreesWithItsList() throws Exception {
		walk("tx_safety", 1366, 900, "desktop");
	}

	@Test
	void theSameWalkWorksOnAPhone() throws Exception {
		walk("tx_safety", 390, 844, "phone");
	}

	/**
	 * A county of the test demo has fewer open hazards than a page, so the pager is
	 * walked by the city too.
	 */
	@Test
	void aCityWalksTheSameWayThroughSeveralPages() throws Exception {
		assertThat(walk("wz_safety", 1366, 900, "city-desktop")).as("the city has more open hazards than one page")
			.isGreaterThan(20);
	}

	private long walk(String official, int width, int height, String device) throws Exception {
		try (Browser county = new Browser(port, width, height)) {
			county.login(official, Demo.PASSWORD);
			county.open("/");
			long open = figure(county, "#fig-hazards-open");
			long major = figure(county, "#fig-hazards-major-open");
			long supervised = figure(county, "#fig-hazards-supervised");
			county.screenshot("issue10-county-journey-home-" + device);

			county.click("#tile-hazards-major-open");
			assertThat(summary(county).group(1)).as("the major tile's figure is the ledger's count")
				.isEqualTo(String.valueOf(major));

			county.open("/");
			county.click("#tile-hazards-open");
			Matcher paged = summary(county);
			assertThat(Long.parseLong(paged.group(1))).as("the open tile's figure is the ledger's count")
				.isEqualTo(open);
			county.click("#page-sizes a[href*='size=20']");
			assertThat(summary(county).group(3)).isEqualTo(String.valueOf((open + 19) / 20));
			assertThat(rows(county)).hasSize((int) Math.min(20, open));
			if (open > 20) {
				county.click("#page-next");
				Matcher second = summary(county);
				assertThat(second.group(1)).isEqualTo(String.valueOf(open));
				assertThat(second.group(2)).isEqualTo("2");
				assertThat(rows(county)).hasSize((int) Math.min(20, open - 20));
			}
			assertThat(county.driver.getCurrentUrl()).contains("open=true").contains("size=20");
			county.screenshot("issue10-county-journey-ledger-paged-" + device);

			String school = schoolOfFirstRow(county);
			county.click("#hazard-table a.school-link");
			assertThat(county.driver.getCurrentUrl()).contains("schoolId=");
			Matcher ofSchool = summary(county);
			assertThat(Long.parseLong(ofSchool.group(1))).isPositive().isLessThan(open);
			List<WebElement> schoolRows = rows(county);
			assertThat(schoolRows).hasSize((int) Math.min(20, Long.parseLong(ofSchool.group(1))));
			assertThat(county.driver.findElements(By.cssSelector("#hazard-table a.school-link")))
				.allSatisfy(link -> assertThat(link.getAttribute("textContent").trim()).isEqualTo(school));
			county.screenshot("issue10-county-journey-school-" + device);

			county.open("/");
			county.click("#tile-hazards-supervised");
			assertThat(county.driver.getCurrentUrl()).contains("/hazards/supervised");
			assertThat(supervised).as("the demo county supervises a major hazard").isPositive();
			assertThat(county.find("#supervised-count").getText()).isEqualTo("共 " + supervised + " 件");
			WebElement row = county.find("#supervised-table tbody tr");
			String notice = row.findElement(By.cssSelector("td")).getText().trim();
			String pdf = row.findElement(By.cssSelector("a.notice-link")).getAttribute("href");
			county.screenshot("issue10-county-journey-supervised-" + device);

			county.click("#supervised-table tbody tr a.hazard-link");
			county.waitFor(d -> d.getCurrentUrl().matches(".*/hazards/\\d+.*"));
			assertThat(county.text()).contains(notice).contains("督办");
			county.screenshot("issue10-county-journey-hazard-" + device);

			HttpResponse<byte[]> file = get(county, pdf);
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(new String(file.body(), 0, 5)).isEqualTo("%PDF-");
			return open;
		}
	}

	private static long figure(Browser browser, String css) {
		return Long.parseLong(browser.find(css).getText().trim());
	}

	private static Matcher summary(Browser browser) {
		Matcher m = SUMMARY.matcher(browser.find("#pager-summary").getText());
		assertThat(m.find()).as("the pager says how many and which page").isTrue();
		return m;
	}

	private static List<WebElement> rows(Browser browser) {
		return browser.driver.findElements(By.cssSelector("#hazard-table tbody tr"));
	}

	private static String schoolOfFirstRow(Browser browser) {
		return browser.find("#hazard-table a.school-link").getAttribute("textContent").trim();
	}

	/** The file behind a link, fetched with the browser's session. */
	private static HttpResponse<byte[]> get(Browser browser, String url) throws Exception {
		Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Cookie", session.getName() + "=" + session.getValue())
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
