package cn.xiaoan.browser;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.ManySchools;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The safety officer of a city of many schools reports a hazard on a phone: types part of
 * a school's name, touches the school among those found (each with its place) and sends
 * the report, which is the chosen school's; at a desk the same choice is made by keyboard
 * alone.
 */
@PlatformTest
class SchoolPickerJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@BeforeEach
	void aBigCity() {
		ManySchools.ensure(demo);
	}

	@Test
	void aCityOfficialReportsAHazardOfASchoolFoundByPartOfItsName() throws Exception {
		long school = ManySchools.ids(demo).get(6);
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login(ManySchools.OFFICER, Demo.PASSWORD);
			phone.open("/hazards/report");
			assertThat(phone.present(By.cssSelector("select#schoolId"))).isEmpty();
			phone.scrollTo("#schoolId-q").sendKeys("长流第7");
			phone.waitFor(d -> d.findElement(By.id("schoolId-results")).getText().contains("海口长流第7小学"));
			assertThat(phone.find("#schoolId-results").getText()).contains("秀英区 · 长流镇");
			assertThat(phone.find("#schoolId-status").getText()).contains("找到1所学校");
			phone.screenshot("school-picker-phone");
			phone.click("#schoolId-results label.xa-picker-choice");
			phone.find("#title").sendKeys("教学楼护栏松动");
			new Select(phone.find("#category")).selectByValue("BUILDINGS");
			phone.submit("form[action='/hazards/report'] button.btn-primary");
			assertThat(phone.driver.getCurrentUrl()).matches(".*/hazards/\\d+");
			assertThat(phone.text()).contains("海口长流第7小学", "教学楼护栏松动");
		}
		assertThat(demo.jdbc()
			.sql("select count(*) from hazard.hazard where school_id = :s and title = '教学楼护栏松动'")
			.param("s", school)
			.query(Long.class)
			.single()).isEqualTo(1);
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login(ManySchools.OFFICER, Demo.PASSWORD);
			desk.open("/hazards/report");
			var box = desk.find("#schoolId-q");
			box.sendKeys(ManySchools.TWIN);
			desk.waitFor(d -> d.findElements(By.cssSelector("#schoolId-results input[type=radio]")).size() == 2);
			box.sendKeys(Keys.ENTER);
			assertThat(desk.driver.getCurrentUrl()).endsWith("/hazards/report");
			desk.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
			desk.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
			assertThat(desk.driver.findElements(By.cssSelector("#schoolId-results input:checked"))).hasSize(1);
			assertThat(desk.find("#schoolId-results").getText()).contains("龙华区");
		}
	}

}
