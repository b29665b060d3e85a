package cn.xiaoan.browser;

import java.time.LocalDate;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 藤县's bureau schedules a session, a principal books it for a class on a phone, the base
 * takes attendance, completes the session and the certificates download.
 */
@PlatformTest
class TrainingJourneyTests {

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
	void bureauSchedulesPrincipalBooksOnAPhoneBaseRecordsAttendanceAndCertificatesDownload() throws Exception {
		try (Browser desk = new Browser(port, 1366, 900); Browser phone = new Browser(port, 390, 844)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.menu("/training");
			assertThat(desk.text()).contains("安全教育实训基地").contains("藤县中小学生安全教育实训基地");
			desk.submit("#bases a");
			new Select(desk.find("#courseId")).selectByVisibleText("防踩踏疏散演练");
			value(desk, "#day", LocalDate.now().plusDays(5).toString());
			value(desk, "#startsAt", "09:00");
			value(desk, "#endsAt", "09:45");
			desk.find("#capacity").sendKeys("80");
			desk.find("#location").sendKeys("疏散演练楼");
			desk.find("#instructor").sendKeys("韦教官");
			desk.screenshot("training-01-bureau-base");
			desk.submit("#schedule");
			assertThat(desk.text()).contains("场次已安排").contains("防踩踏疏散演练").contains("疏散演练楼");
			assertThat(desk.find("#remaining").getText()).isEqualTo("80");
			String sessionUrl = desk.driver.getCurrentUrl().replaceAll("\\?.*", "");
			long sessionId = Long.parseLong(sessionUrl.replaceAll(".*/", ""));

			phone.login("principal", Demo.PASSWORD);
			phone.open("/training");
			assertThat(phone.find("#upcoming-sessions").getText()).contains("防踩踏疏散演练").contains("剩余 80 个名额");
			phone.screenshot("training-02-phone-upcoming");
			phone.open("/training/sessions/" + sessionId);
			Select classes = new Select(phone.find("#classId"));
			classes.selectByIndex(1);
			String className = classes.getFirstSelectedOption().getText();
			phone.find("#leadTeacher").sendKeys("韦丽华");
			phone.find("#phone").sendKeys("13907740001");
			phone.submit("#book");
			assertThat(phone.text()).contains("预约成功").contains(className).contains("已预约");
			phone.screenshot("training-03-phone-booked");
			String bookingPath = phone.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");

			// The day of the session has come.
			demo.jdbc()
				.sql("update training.session set day = current_date where id = :id")
				.param("id", sessionId)
				.update();
			desk.open(bookingPath);
			var boxes = desk.driver.findElements(By.cssSelector("#attendance-form input[name=present]"));
			assertThat(boxes).isNotEmpty().allMatch(WebElement::isSelected);
			String absent = desk.find("label[for='" + boxes.get(0).getAttribute("id") + "']").getText();
			desk.click("#" + boxes.get(0).getAttribute("id"));
			desk.screenshot("training-04-attendance");
			desk.submit("#save-attendance");
			assertThat(desk.text()).contains("签到已保存").contains("已签到");
			assertThat(desk.find("#arrived").getText()).isEqualTo(String.valueOf(boxes.size() - 1));
			desk.open("/training/sessions/" + sessionId);
			desk.submit("#complete");
			assertThat(desk.text()).contains("本场次已结业");

			phone.open(bookingPath);
			assertThat(phone.find("#roster").getText()).contains(absent).contains("未到").contains("证书");
			phone.scrollTo("#all-certificates");
			phone.screenshot("training-05-phone-certificates");
			String href = phone.find("#all-certificates").getAttribute("href");
			Object head = phone.driver.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' '
					    + String.fromCharCode(...new Uint8Array(b).slice(0, 5)) + ' ' + b.byteLength)));""", href);
			assertThat(head.toString()).startsWith("application/pdf %PDF-");
			assertThat(Long.parseLong(head.toString().replaceAll(".* ", ""))).isGreaterThan(10_000L);
		}
	}

	private static void value(Browser browser, String css, String value) {
		browser.driver.executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
	}

}
