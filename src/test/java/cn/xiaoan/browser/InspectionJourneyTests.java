package cn.xiaoan.browser;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The school safety officer inspects on a phone: fails an item, signs and submits. */
@PlatformTest
class InspectionJourneyTests {

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
	void theSafetyOfficerFailsAnItemSignsAndSubmitsOnAPhone() throws Exception {
		List<Long> items = demo.jdbc()
			.sql("select id from inspection.checklist_item where category = 'FIRE' and region_code = '' order by id limit 4")
			.query(Long.class)
			.list();
		try (Browser browser = new Browser(port, 390, 844)) {
			browser.login("safety", Demo.PASSWORD);

			// The plan: the school's weekly fire check of four items, inspected by the
			// safety officers.
			browser.open("/inspections/plans/new");
			browser.find("#name").sendKeys("消防安全周检（手机）");
			browser.screenshot("inspection-01-plan-form-phone");
			browser.click("#cat-FIRE");
			browser.submit("#plan-form button[type=submit]");
			assertThat(browser.text()).contains("检查计划已创建");
			long plan = Long.parseLong(browser.driver.getCurrentUrl().replaceAll("^.*/plans/(\\d+).*$", "$1"));
			// A phone journey needs a short list: keep the first four fire items of this
			// plan's task.
			long task = demo.jdbc()
				.sql("select id from inspection.task where plan_id = :p")
				.param("p", plan)
				.query(Long.class)
				.single();
			demo.jdbc()
				.sql("delete from inspection.task_item where task_id = :t and item_id <> all(:keep)")
				.param("t", task)
				.param("keep", items.toArray(Long[]::new))
				.update();

			browser.open("/inspections");
			assertThat(browser.text()).contains("我的排查任务").contains("消防安全周检（手机）");
			browser.screenshot("inspection-02-my-tasks-phone");
			browser.submit("#my-tasks a[href='/inspections/tasks/" + task + "']");
			assertThat(browser.text()).contains("签字并提交").contains("依据").isNotEmpty();

			browser.click("label[for='r-" + items.get(0) + "-FAIL']");
			browser.find("#note-" + items.get(0)).sendKeys("三楼东侧灭火器压力指针在红区");
			browser.find("#location-" + items.get(0)).sendKeys("教学楼三楼东侧");
			browser.click("label[for='r-" + items.get(1) + "-PASS']");
			browser.click("label[for='r-" + items.get(2) + "-PASS']");
			browser.click("label[for='r-" + items.get(3) + "-NOT_APPLICABLE']");
			browser.screenshot("inspection-03-task-filled-phone");

			// Without the signature the phone does not send the form (the box is
			// required;
			// the server refuses it too, InspectionPhoneFormIntegrationTests), and the
			// entries stay.
			browser.click("#submit-inspection");
			assertThat((Boolean) browser.driver
				.executeScript("return document.querySelector('#confirmed').matches(':invalid')")).isTrue();
			assertThat(browser.driver.getCurrentUrl()).endsWith("/inspections/tasks/" + task);
			assertThat(browser.find("#note-" + items.get(0)).getAttribute("value")).isEqualTo("三楼东侧灭火器压力指针在红区");
			browser.screenshot("inspection-04-task-error-phone");

			browser.click("label[for='confirmed']");
			browser.click("#submit-inspection");
			browser.waitFor(d -> d.getCurrentUrl().contains("submitted"));
			assertThat(browser.find("#signature").getText()).contains("safety");
			assertThat(browser.text()).contains("已登记隐患 YH");
			assertThat(browser.present(By.cssSelector("#inspection-form"))).isEmpty();
			browser.screenshot("inspection-05-task-signed-phone");
		}
		long hazards = demo.jdbc()
			.sql("select count(*) from hazard.hazard h join inspection.task t on t.id = h.inspection_task_id "
					+ "join inspection.plan p on p.id = t.plan_id where p.name = '消防安全周检（手机）' and h.source = 'INSPECTION'")
			.query(Long.class)
			.single();
		assertThat(hazards).isEqualTo(1);
	}

}
