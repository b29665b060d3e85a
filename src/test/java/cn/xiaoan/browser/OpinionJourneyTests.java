package cn.xiaoan.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A public-opinion case on phones: 藤县's safety officer opens a major case, links the
 * police and assigns them a task, the police liaison answers it from "my tasks", a
 * bulletin is drafted, approved by the named approver (藤县's bureau administrator) and
 * published within the five hours, and the case report exports as a PDF naming it.
 */
@PlatformTest
class OpinionJourneyTests {

	private static final String BULLETIN = "县教育局已会同公安机关调查，涉事学生情绪稳定。";

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aCountyOpensACasePoliceAnswersItsTaskTheApproverApprovesAndTheReportExports() throws Exception {
		String caseUrl;
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.menu("/opinions");
			county.submit("#open-case");
			county.find("#title").sendKeys("网传县城中学学生打架视频");
			county.find("#location").sendKeys("藤州镇城东大道");
			new Select(county.find("#severity")).selectByValue("MAJOR");
			new Select(county.find("#source")).selectByValue("SOCIAL");
			county.find("#description").sendKeys("短视频平台出现学生在校外打架的视频，转发较多。");
			new Select(county.find("#schoolIds")).selectByVisibleText("藤县第一高级中学");
			county.find("#approver").sendKeys("tx_admin");
			county.screenshot("opinion-open-phone");
			county.submit("#open-submit");
			caseUrl = county.driver.getCurrentUrl();
			assertThat(county.find("#case-severity").getText()).isEqualTo("重大");
			assertThat(county.find("#deadlines").getText()).contains("发布权威信息", "剩余");
			new Select(county.find("#kind")).selectByValue("POLICE");
			county.find("#departmentName").sendKeys("藤县公安局");
			county.submit("#link-department");
			county.scrollTo("#owner").sendKeys("police");
			county.find("#taskTitle").sendKeys("核查视频来源和冲突经过");
			county.submit("#assign-task");
			assertThat(county.find("#departments").getText()).contains("藤县公安局", "核查视频来源和冲突经过", "待办");
			new Select(county.find("#statementKind")).selectByValue("BULLETIN");
			county.scrollTo("#statementTitle").sendKeys("关于网传学生打架视频的情况通报");
			county.find("#statementBody").sendKeys(BULLETIN);
			county.submit("#draft-statement");
			assertThat(county.find("#statements").getText()).contains("待审核", "待 藤县教育局管理员 审核");
			assertThat(county.present(org.openqa.selenium.By.cssSelector(".approve-statement"))).isEmpty();
			county.screenshot("opinion-case-phone");
		}
		try (Browser police = new Browser(port, 390, 844)) {
			police.login("police", Demo.PASSWORD);
			police.menu("/opinion-tasks");
			assertThat(police.find("#my-tasks").getText()).contains("核查视频来源和冲突经过");
			police.submit("#my-tasks a");
			assertThat(police.find("#case-summary").getText()).contains("网传县城中学学生打架视频");
			police.scrollTo("#answerNote").sendKeys("已找到视频拍摄者，冲突双方均为高一学生，已批评教育并通知家长。");
			police.screenshot("opinion-police-task-phone");
			police.submit("#answer-task");
			assertThat(police.find("#task-state").getText()).isEqualTo("已完成");
			police.open(caseUrl.replace("http://localhost:" + port, ""));
			assertThat(police.text()).doesNotContain("关于网传学生打架视频的情况通报");
		}
		try (Browser approver = new Browser(port, 390, 844)) {
			approver.login("tx_admin", Demo.PASSWORD);
			approver.open(caseUrl.replace("http://localhost:" + port, ""));
			approver.submit(".approve-statement");
			assertThat(approver.find("#statements").getText()).contains("已审核");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open(caseUrl.replace("http://localhost:" + port, ""));
			assertThat(county.find("#departments").getText()).contains("已完成");
			county.submit(".publish-statement");
			assertThat(county.find("#statements").getText()).contains("已发布");
			assertThat(county.find("#deadlines").getText()).contains("已按时完成");
			assertThat(county.find("#timeline").getText()).contains("发布情况通报", "办结", "审核通过");
			county.screenshot("opinion-published-phone");
			HttpResponse<byte[]> pdf = get(county, county.find("#report-pdf").getAttribute("href"));
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
			assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
			PdfReader reader = new PdfReader(pdf.body());
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(new PdfTextExtractor(reader).getTextFromPage(page));
			}
			assertThat(text.toString()).contains("县教育局已会同公安机关调查");
		}
		try (Browser desktop = new Browser(port, 1366, 900)) {
			desktop.login("tx_safety", Demo.PASSWORD);
			desktop.open(caseUrl.replace("http://localhost:" + port, ""));
			desktop.screenshot("opinion-case-desktop");
			desktop.open("/opinions");
			assertThat(desktop.find("#case-table").getText()).contains("网传县城中学学生打架视频");
			desktop.screenshot("opinion-ledger-desktop");
		}
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
