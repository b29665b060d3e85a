package cn.xiaoan.browser;

import java.util.List;
import java.util.Map;

import cn.xiaoan.inspection.Cadence;
import cn.xiaoan.inspection.InspectionManagement;
import cn.xiaoan.inspection.NewPlan;
import cn.xiaoan.shared.Role;
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
 * The inspection form without signal (ADR 0043): the school's safety officer opens a task
 * on the phone, the network goes off, the officer fills and signs it — the page shows it
 * waiting on the phone — and when the network returns the task arrives signed exactly
 * once; the pages are installable (a manifest the browser reads).
 */
@PlatformTest
class InspectionOfflineJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	InspectionManagement inspections;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	private static void network(Browser b, boolean offline) {
		b.driver.executeCdpCommand("Network.enable", Map.of());
		b.driver.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

	@Test
	void anInspectionSignedOfflineArrivesOnceWhenTheNetworkReturns() throws Exception {
		List<Long> items = demo.jdbc()
			.sql("select id from inspection.checklist_item where category = 'FIRE' and region_code = '' order by id limit 3")
			.query(Long.class)
			.list();
		String name = "离线消防检查" + System.nanoTime() % 10000;
		long plan = demo.callAs("safety",
				() -> inspections
					.createPlan(new NewPlan(name, Cadence.WEEKLY, List.of(), items, Role.SCHOOL_SAFETY_OFFICER, false,
							List.of()))
					.id());
		long task = demo.jdbc()
			.sql("select id from inspection.task where plan_id = :p")
			.param("p", plan)
			.query(Long.class)
			.single();
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("safety", Demo.PASSWORD);
			phone.open("/inspections/tasks/" + task);
			phone.waitFor(d -> "0".equals(d.findElement(By.id("queue-state")).getDomAttribute("data-count")));
			assertThat(phone.driver.executeScript("return document.querySelector('link[rel=manifest]').href"))
				.asString()
				.endsWith("/img/app.webmanifest");
			phone.screenshot("inspection-offline-01-task-phone");

			network(phone, true);
			phone.click("label[for='r-" + items.get(0) + "-FAIL']");
			phone.find("#note-" + items.get(0)).sendKeys("灭火器压力不足");
			phone.click("#all-pass");
			phone.scrollTo("#confirmed");
			phone.click("label[for='confirmed']");
			phone.click("#submit-inspection");
			phone.waitFor(d -> d.findElement(By.id("queue-state")).getText().contains("待上传 1 条"));
			assertThat(phone.find("#queue-items").getText()).contains(name);
			assertThat(phone.find("#inspection-form").isDisplayed()).isFalse();
			phone.screenshot("inspection-offline-02-waiting-phone");
			assertThat(status(task)).isEqualTo("OPEN");

			network(phone, false);
			phone.driver.executeScript("window.dispatchEvent(new Event('online'))");
			phone.waitFor(d -> d.getCurrentUrl().contains("submitted"));
			phone.waitFor(d -> d.findElement(By.id("signature")).isDisplayed());
			phone.screenshot("inspection-offline-03-signed-phone");
			assertThat(status(task)).isEqualTo("SUBMITTED");
			assertThat(hazards(task)).isEqualTo(1);
			phone.driver.executeScript("window.dispatchEvent(new Event('online'))");
			Thread.sleep(1000);
			assertThat(hazards(task)).isEqualTo(1);
		}
	}

	private String status(long task) {
		return demo.jdbc()
			.sql("select status from inspection.task where id = :t")
			.param("t", task)
			.query(String.class)
			.single();
	}

	private int hazards(long task) {
		return demo.jdbc()
			.sql("select count(*) from hazard.hazard where inspection_task_id = :t")
			.param("t", task)
			.query(Integer.class)
			.single();
	}

}
