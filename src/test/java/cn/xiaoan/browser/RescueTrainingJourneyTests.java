package cn.xiaoan.browser;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Staff rescue-skill training on a phone: the school's safety officer records a CPR
 * course of two colleagues and the school's share of staff trained grows by two; the
 * county reads every school's share and its total on a desktop.
 */
@PlatformTest
class RescueTrainingJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aSafetyOfficerRecordsATrainingOfTwoColleaguesAndTheShareGrowsByTwo() throws Exception {
		long school = demo.schoolOf("safety");
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("safety", Demo.PASSWORD);
			phone.open("/waters/training");
			phone.screenshot("rescue-01-school-overview-phone");
			int before = trained(school);
			phone.submit("#training-new");
			phone.driver.executeScript(
					"document.getElementById('trainedOn').value = arguments[0];"
							+ "document.getElementById('validUntil').value = arguments[1];",
					LocalDate.now().minusDays(1).toString(), LocalDate.now().plusYears(2).toString());
			phone.find("#trainer").sendKeys("藤县红十字会");
			phone.find("#hours").sendKeys("4");
			List<String> unticked = untrainedStaff(school);
			phone.click("label[for='staff-" + unticked.get(0) + "']");
			phone.click("label[for='staff-" + unticked.get(1) + "']");
			phone.screenshot("rescue-02-record-phone");
			phone.submit("#training-submit");
			assertThat(phone.text()).contains("已登记培训记录");
			assertThat(trained(school)).isEqualTo(before + 2);
			assertThat(phone.find("#school-share").getText()).contains((before + 2) + "/");
			phone.screenshot("rescue-03-school-staff-phone");
			phone.open("/waters/training/schools/" + school + "?trained=false");
			List<WebElement> badges = phone.driver.findElements(By.cssSelector("#training-staff .badge"));
			assertThat(badges).isNotEmpty().allMatch(b -> b.getText().equals("未培训"));
			phone.screenshot("rescue-04-not-trained-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/waters/training");
			assertThat(desk.find("#training-total").getText()).contains("本辖区合计");
			assertThat(desk.find("#training-shares").getText()).contains("人（");
			desk.screenshot("rescue-05-county-overview-desktop");
		}
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("tx_safety", Demo.PASSWORD);
			phone.open("/waters/training");
			phone.screenshot("rescue-06-county-overview-phone");
		}
	}

	private int trained(long school) {
		return demo.jdbc()
			.sql("""
					select count(distinct ts.staff_id) from waters.training t join waters.training_staff ts on ts.training_id = t.id
					where t.school_id = :s and t.trained_on <= current_date
					  and (t.valid_until is null or t.valid_until >= current_date)""")
			.param("s", school)
			.query(Integer.class)
			.single();
	}

	private List<String> untrainedStaff(long school) {
		return demo.jdbc().sql("""
				select s.id::text from people.staff s where s.school_id = :s and not exists (
				  select 1 from waters.training t join waters.training_staff ts on ts.training_id = t.id
				  where ts.staff_id = s.id and (t.valid_until is null or t.valid_until >= current_date))
				order by s.id limit 2""").param("s", school).query(String.class).list();
	}

}
