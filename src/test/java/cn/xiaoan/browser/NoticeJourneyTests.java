package cn.xiaoan.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Winter fire safety on phones: the county's safety officer sends a notice with a PDF to
 * its schools' leaders, the demo principal finds it in 待办 and 我的通知, opens it and
 * downloads the attachment; the county sees one school read and the rest unread and
 * reminds them; then the principal tells the parents of one class about 防溺水 and the demo
 * parent reads it on a phone.
 */
@PlatformTest
class NoticeJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void theCountySendsAFireNoticeThePrincipalReadsItAndAParentReadsTheSchoolsNotice() throws Exception {
		String title = "关于做好冬季消防安全工作的通知" + System.nanoTime() % 1000;
		int schools = demo.schoolsIn("450422").size();
		Path pdf = Files.createTempFile("消防检查表", ".pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes());
		String readBy = LocalDateTime.now().plusDays(2).withNano(0).withSecond(0).toString();
		long id;
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.menu("/notices/new");
			county.find("#title").sendKeys(title);
			county.find("#body").sendKeys("各校：\n请于本周内完成宿舍、食堂用电用气排查。\n并组织一次火灾疏散演练。");
			county.driver.executeScript("document.getElementById('readBy').value = arguments[0]", readBy);
			county.find("#attachments").sendKeys(pdf.toAbsolutePath().toString());
			county.screenshot("notice-01-send-phone");
			county.submit("#notice-publish");
			assertThat(county.find("#notice-title").getText()).contains(title);
			assertThat(county.find("#fig-all .xa-figure").getText()).isEqualTo(String.valueOf(schools));
			assertThat(county.find("#fig-read .xa-figure").getText()).isEqualTo("0");
			id = Long.parseLong(county.driver.getCurrentUrl().replaceAll(".*/notices/(\\d+).*", "$1"));
		}
		try (Browser principal = new Browser(port, 390, 844)) {
			principal.login("principal", Demo.PASSWORD);
			assertThat(principal.find("#home-todos").getText()).contains(title);
			principal.menu("/notices");
			assertThat(principal.find("#notice-" + id).getText()).contains(title).contains("未读");
			principal.screenshot("notice-02-my-notices-phone");
			principal.submit("#notice-" + id);
			assertThat(principal.find("#notice-body").getText()).contains("并组织一次火灾疏散演练");
			assertThat(principal.find("#own-read").isDisplayed()).isTrue();
			String href = principal.find("#notice-attachments a").getAttribute("href");
			Object download = principal.driver.executeAsyncScript(
					"fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + r.headers.get('content-type')))",
					href);
			assertThat(download).isEqualTo("200 application/pdf");
			principal.screenshot("notice-03-read-phone");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/notices/" + id);
			assertThat(county.find("#fig-read .xa-figure").getText()).isEqualTo("1");
			assertThat(county.find("#fig-unread .xa-figure").getText()).isEqualTo(String.valueOf(schools - 1));
			county.submit("#fig-unread");
			assertThat(county.driver.findElements(By.cssSelector("#unit-lines tbody tr"))).hasSize(schools - 1);
			county.submit("#remind-unread");
			assertThat(county.find("#flash-message").getText()).isNotBlank();
			assertThat(county.find("#remind-state").getText()).isNotBlank();
			county.scrollTo("#receipts");
			county.screenshot("notice-04-county-receipts-phone");
		}
		long classId = demo.jdbc()
			.sql("select class_id from people.student where id = :s")
			.param("s", demo.studentOf("parent"))
			.query(Long.class)
			.single();
		String parents = "寒假防溺水告家长书" + System.nanoTime() % 1000;
		long schoolNotice;
		try (Browser principal = new Browser(port, 390, 844)) {
			principal.login("principal", Demo.PASSWORD);
			principal.menu("/notices/new");
			principal.find("#title").sendKeys(parents);
			principal.find("#body").sendKeys("尊敬的家长：\n寒假期间请看护好孩子，不私自下水。");
			principal.click("label[for='class-" + classId + "']");
			principal.click("label[for='toParents']");
			principal.screenshot("notice-05-school-send-phone");
			principal.submit("#notice-publish");
			assertThat(principal.find("#notice-title").getText()).contains(parents);
			schoolNotice = Long.parseLong(principal.driver.getCurrentUrl().replaceAll(".*/notices/(\\d+).*", "$1"));
		}
		try (Browser parent = new Browser(port, 390, 844)) {
			parent.login("parent", Demo.PASSWORD);
			parent.menu("/notices");
			parent.screenshot("notice-06-parent-list-phone");
			parent.submit("#notice-" + schoolNotice);
			assertThat(parent.find("#notice-body").getText()).contains("不私自下水");
			assertThat(parent.find("#own-read").isDisplayed()).isTrue();
			parent.screenshot("notice-07-parent-read-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("principal", Demo.PASSWORD);
			desk.open("/notices/" + schoolNotice);
			assertThat(desk.find("#unit-lines").getText()).contains("1 / ");
			desk.screenshot("notice-08-school-receipts-desktop");
			desk.submit("#unit-lines a");
			assertThat(desk.find("#people-lines").getText()).isNotBlank();
			desk.screenshot("notice-09-class-students-desktop");
			desk.open("/notices");
			desk.screenshot("notice-10-my-notices-desktop");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/notices/" + id);
			int rows = desk.driver.findElements(By.cssSelector("#receipt-regions tbody tr"))
				.stream()
				.mapToInt(row -> Integer.parseInt(row.findElements(By.tagName("td")).get(1).getText().trim()))
				.sum();
			assertThat(rows).as("the regions' rows, the county's own schools included, add up to the headline")
				.isEqualTo(Integer.parseInt(desk.find("#fig-all .xa-figure").getText()));
			desk.screenshot("notice-11-county-receipts-desktop");
			desk.open("/notices/new");
			desk.screenshot("notice-12-form-desktop");
		}
	}

}
