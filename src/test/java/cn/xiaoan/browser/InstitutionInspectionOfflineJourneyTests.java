package cn.xiaoan.browser;

import java.util.List;

import cn.xiaoan.institutions.InstitutionsManagement;
import cn.xiaoan.institutions.RegisterInstitution;
import cn.xiaoan.institutions.Subject;
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
 * An institution inspected on a phone with no signal (ADR 0048): the township's officer
 * fills the checklist with the network off (DevTools), the page shows the inspection
 * waiting and hides the form; when the network returns it arrives exactly once and the
 * page opens the institution, now compliant.
 */
@PlatformTest
class InstitutionInspectionOfflineJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	InstitutionsManagement institutions;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void anInspectionRecordedOfflineArrivesOnceWhenTheNetworkReturns() throws Exception {
		String name = "星火美术培训" + System.nanoTime() % 10000;
		long id = demo.callAs("tzz_safety",
				() -> institutions
					.register(new RegisterInstitution("450422100", name, "教民" + name, "", "藤州镇中山路8号",
							List.of(Subject.ARTS), 60, "李华", "13800000001", null, null))
					.id());
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("tzz_safety", Demo.PASSWORD);
			phone.open("/institutions/" + id + "/inspect");
			phone.waitFor(d -> "0".equals(d.findElement(By.id("queue-state")).getDomAttribute("data-count")));
			phone.screenshot("institutions-inspect-01-form-phone");
			phone.offline(true);
			for (WebElement pass : phone.driver.findElements(By.cssSelector("label.btn-outline-success"))) {
				phone.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", pass);
				pass.click();
			}
			new Select(phone.find("#outcome")).selectByValue("COMPLIANT");
			phone.click("#inspection-submit");
			phone.waitFor(d -> d.findElement(By.id("queue-state")).getText().contains("1 条待上传"));
			assertThat(phone.find("#queue-list").isDisplayed()).isTrue();
			assertThat(phone.find("#queue-items").getText()).contains(name);
			phone.screenshot("institutions-inspect-02-offline-phone");
			assertThat(inspections(id)).isZero();
			phone.offline(false);
			phone.waitFor(d -> d.getCurrentUrl().endsWith("/institutions/" + id + "?inspected=true"));
			assertThat(phone.text()).contains("检查结果已保存");
			assertThat(inspections(id)).isEqualTo(1);
			phone.screenshot("institutions-inspect-03-synced-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tzz_safety", Demo.PASSWORD);
			desk.open("/institutions/" + id + "/inspect");
			desk.screenshot("institutions-inspect-04-form-desktop");
		}
		assertThat(inspections(id)).isEqualTo(1);
	}

	private int inspections(long id) {
		return demo.callAs("tzz_safety", () -> institutions.detail(id)).inspections().size();
	}

}
