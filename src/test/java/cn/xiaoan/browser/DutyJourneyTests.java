package cn.xiaoan.browser;

import cn.xiaoan.duty.DutyAssignments;
import cn.xiaoan.duty.DutyFixture;
import cn.xiaoan.duty.DutyManagement;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A head teacher signs her responsibility list on a phone with a signature drawn by
 * finger; the principal's 未签名 count drops by one and the county sees the school's signing
 * rate change; the fire card opens in one tap.
 */
@PlatformTest
class DutyJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	DutyAssignments assignments;

	@Autowired
	DutyManagement duty;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	private static String schoolRate(Browser county, String schoolName) {
		for (WebElement row : county.driver.findElements(By.cssSelector("#rates-table tr.rate-row"))) {
			if (row.findElement(By.cssSelector(".unit-link")).getText().equals(schoolName)) {
				return row.findElement(By.cssSelector(".rate-value")).getText() + " / "
						+ row.findElements(By.tagName("td")).get(2).getText();
			}
		}
		throw new AssertionError("no row for " + schoolName);
	}

	@Test
	void aHeadTeacherSignsOnHerPhoneAndThePrincipalAndTheCountySeeIt() throws Exception {
		DutyFixture.ensure(demo, assignments, duty);
		long school = demo.schoolOf("principal");
		String schoolName = demo.jdbc()
			.sql("select name from org.school where id = :id")
			.param("id", school)
			.query(String.class)
			.single();
		try (Browser principal = new Browser(port, 390, 844);
				Browser county = new Browser(port, 1366, 900);
				Browser head = new Browser(port, 390, 844)) {
			principal.login("principal", Demo.PASSWORD);
			principal.menu("/duty/schools/" + school);
			int unsigned = Integer.parseInt(principal.find("#unsigned-count").getText());
			String headName = demo.jdbc()
				.sql("select s.name from people.staff s join people.account a on a.person_id = s.id where a.username = 'headteacher'")
				.query(String.class)
				.single();
			assertThat(principal.find("#signing-table").getText()).contains(headName);
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/duty/rates?region=450422");
			String rateBefore = schoolRate(county, schoolName);

			head.login("headteacher", Demo.PASSWORD);
			head.menu("/duty/my");
			assertThat(head.find("#signing-badge").getText()).isEqualTo("未签");
			assertThat(head.find("#my-posts").getText()).contains("班主任");
			head.screenshot("duty-my-phone");
			// an empty pad is refused on the page
			head.click("#signature-submit");
			assertThat(head.find("#sign-empty").isDisplayed()).isTrue();
			WebElement pad = head.scrollTo("#signature-pad");
			new Actions(head.driver).moveToElement(pad, -120, 20)
				.clickAndHold()
				.moveByOffset(30, -40)
				.moveByOffset(30, 60)
				.moveByOffset(40, -50)
				.moveByOffset(50, 40)
				.moveByOffset(40, -30)
				.release()
				.perform();
			head.screenshot("duty-sign-drawn-phone");
			head.submit("#signature-submit");
			assertThat(head.find("#signed-message").isDisplayed()).isTrue();
			assertThat(head.find("#signing-badge").getText()).isEqualTo("已签");
			head.scrollTo("#sign-box");
			head.screenshot("duty-signed-phone");

			principal.open("/duty/schools/" + school);
			assertThat(Integer.parseInt(principal.find("#unsigned-count").getText())).isEqualTo(unsigned - 1);
			assertThat(principal.find("#signing-table").getText()).doesNotContain(headName);
			principal.screenshot("duty-unsigned-phone");
			county.open("/duty/rates?region=450422");
			assertThat(schoolRate(county, schoolName)).isNotEqualTo(rateBefore);
			county.screenshot("duty-rates-desktop");

			head.open("/duty/my");
			head.scrollTo("#emergency-buttons");
			WebElement fire = head.driver.findElements(By.cssSelector("#emergency-buttons a"))
				.stream()
				.filter(a -> a.getText().contains("火"))
				.findFirst()
				.orElseThrow();
			fire.click();
			head.waitFor(d -> d.getCurrentUrl().contains("/duty/emergency/"));
			assertThat(head.find("#emergency-card h1").getText()).contains("火");
			head.screenshot("duty-fire-card-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("principal", Demo.PASSWORD);
			desk.open("/duty/my");
			desk.screenshot("duty-my-desktop");
			desk.open("/duty/schools/" + school + "/grid");
			desk.screenshot("duty-grid-desktop");
		}
	}

}
