package cn.xiaoan.browser;

import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.notification.Notifications;
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
 * The frame around every page: the grouped menu bar on one line at 1366 px for every role
 * and collapsed on a phone, error pages that keep it, the sign-in page's messages, a head
 * teacher's password reset and the inbox's read state.
 */
@PlatformTest
class ShellJourneyTests {

	/** Every demo account of the README, one per role and level. */
	private static final List<String> README_ROLES = List.of("admin", "gx_admin", "gx_safety", "wz_admin", "wz_safety",
			"tx_admin", "tx_safety", "tzz_admin", "tzz_safety", "police", "principal", "safety", "headteacher",
			"teacher", "guard", "student", "parent", "principal2");

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	Notifications notifications;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void navigationFitsOneLineAt1366ForEveryRole() throws Exception {
		List<String> overflowing = new ArrayList<>();
		try (Browser desk = new Browser(port, 1366, 900)) {
			for (String user : README_ROLES) {
				desk.driver.manage().deleteAllCookies();
				desk.login(user, Demo.PASSWORD);
				long navbar = height(desk, "nav.navbar");
				double tallestLink = ((Number) desk.driver.executeScript("""
						return Math.max(...[...document.querySelectorAll('nav.navbar .nav-link')]
						  .filter(a => a.offsetParent !== null).map(a => a.getBoundingClientRect().height));"""))
					.doubleValue();
				if (navbar > 64 || tallestLink > 44) {
					overflowing.add(user + ": bar " + navbar + " px, tallest entry " + tallestLink + " px");
				}
				switch (user) {
					case "principal", "tx_safety", "student" ->
						desk.screenshot("issue10-shell-nav-" + user + "-desktop");
					default -> {
					}
				}
			}
			assertThat(overflowing).as("menu bars taller than one line at 1366 px").isEmpty();

			desk.driver.manage().deleteAllCookies();
			desk.login("principal", Demo.PASSWORD);
			desk.open("/inspections");
			assertThat(desk.find("[data-xa-group='nav.group.prevention']").getAttribute("class")).contains("active");
			desk.find("[data-xa-group='nav.group.prevention']").click();
			desk.waitFor(
					d -> d.findElement(By.cssSelector("#xa-nav a.dropdown-item[href='/inspections']")).isDisplayed());
			assertThat(desk.find("#xa-nav a.dropdown-item[href='/inspections']").getAttribute("aria-current"))
				.isEqualTo("page");
			assertThat(desk.find("#xa-nav").getText()).contains("隐患台账", "双重预防", "安全教育", "工作管理", "系统", "消息");
			desk.screenshot("issue10-shell-nav-dropdown-desktop");

			desk.driver.manage().deleteAllCookies();
			desk.login("headteacher", Demo.PASSWORD);
			List<String> top = topLevel(desk);
			assertThat(top.subList(0, 3)).containsExactly("首页", "学生", "安全作业");
			desk.driver.manage().deleteAllCookies();
			desk.login("student", Demo.PASSWORD);
			assertThat(topLevel(desk)).startsWith("首页", "我的", "我的作业").doesNotContain("双重预防", "工作管理", "系统");
		}
		try (Browser phone = new Browser(port, 390, 844)) {
			for (String user : List.of("principal", "tx_safety", "student")) {
				phone.driver.manage().deleteAllCookies();
				phone.login(user, Demo.PASSWORD);
				assertThat(phone.find("#xa-nav").isDisplayed()).as("collapsed on a phone").isFalse();
				phone.find(".navbar-toggler").click();
				phone.waitFor(d -> d.findElement(By.cssSelector("#xa-nav")).isDisplayed()
						&& d.findElement(By.cssSelector("#xa-nav")).getRect().getHeight() > 100);
				Thread.sleep(400);
				if (user.equals("principal")) {
					phone.find("[data-xa-group='nav.group.education']").click();
					phone.waitFor(d -> d.findElement(By.cssSelector("#xa-nav a.dropdown-item[href='/lessons']"))
						.isDisplayed());
				}
				phone.screenshot("issue10-shell-nav-" + user + "-phone");
			}
			phone.menu("/my/homework");
			assertThat(phone.driver.getCurrentUrl()).endsWith("/my/homework");
		}
	}

	@Test
	void errorPagesKeepTheMenuBarInTheBrowser() throws Exception {
		try (Browser desk = new Browser(port, 1366, 900); Browser phone = new Browser(port, 390, 844)) {
			desk.login("student", Demo.PASSWORD);
			desk.open("/accounts");
			assertThat(desk.text()).contains("无权访问");
			assertThat(desk.find("nav.navbar").isDisplayed()).isTrue();
			assertThat(desk.find("#xa-nav a[href='/my/homework']").isDisplayed()).isTrue();
			desk.screenshot("issue10-shell-403-desktop");
			// an address nothing answers goes through Spring Boot's /error
			desk.open("/no-such-page");
			assertThat(desk.find("#xa-nav a[href='/my/homework']").isDisplayed()).isTrue();
			desk.open("/hazards/not-a-number");
			assertThat(desk.find("nav.navbar").isDisplayed()).isTrue();

			phone.login("student", Demo.PASSWORD);
			phone.open("/accounts");
			assertThat(phone.text()).contains("无权访问");
			assertThat(phone.find("nav.navbar").isDisplayed()).isTrue();
			assertThat(phone.find(".navbar-toggler").isDisplayed()).isTrue();
			phone.screenshot("issue10-shell-403-phone");
		}
	}

	@Test
	void signInSaysAttemptsLeftThenWhenTheLockLifts() throws Exception {
		try (Browser desk = new Browser(port, 1366, 900); Browser phone = new Browser(port, 390, 844)) {
			attempt(desk, "yn_admin", "wrong-1");
			attempt(desk, "yn_admin", "wrong-2");
			assertThat(desk.find("#login-refused").getText()).contains("再输错 3 次");
			assertThat(desk.find("#username").getDomProperty("value")).isEqualTo("yn_admin");
			assertThat(desk.find("#password").getDomProperty("value")).isEmpty();
			desk.screenshot("issue10-shell-login-failed-desktop");
			phone.open("/login");
			phone.find("#forgot-password summary").click();
			assertThat(phone.find("#forgot-password").getText()).contains("班主任", "学校管理员", "区域的管理员");
			phone.screenshot("issue10-shell-login-forgot-phone");
			attempt(desk, "yn_admin", "wrong-3");
			attempt(desk, "yn_admin", "wrong-4");
			attempt(desk, "yn_admin", "wrong-5");
			assertThat(desk.find("#login-refused").getText()).contains("账号已被锁定").contains("自动解锁");
			desk.screenshot("issue10-shell-login-locked-desktop");
			attempt(phone, "yn_admin", Demo.PASSWORD);
			assertThat(phone.find("#login-refused").getText()).contains("账号已被锁定");
			assertThat(phone.find("#forgot-password").getDomAttribute("open")).isNotNull();
			phone.screenshot("issue10-shell-login-locked-phone");
		}
		finally {
			demo.jdbc()
				.sql("update people.account set locked_until = null, failed_attempts = 0, attempts_since = null where username = 'yn_admin'")
				.update();
		}
	}

	@Test
	void headTeacherResetsAStudentsPasswordOnThePhone() throws Exception {
		var student = demo.jdbc()
			.sql("""
					select s.id, a.id, a.username, a.password_hash from people.account a
					  join people.student s on s.id = a.person_id and a.role = 'STUDENT'
					  join people.staff h on h.head_class_id = s.class_id
					  join people.account ht on ht.person_id = h.id and ht.username = 'headteacher'
					 where a.username <> 'student' and s.left_on is null order by a.id desc limit 1""")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4) })
			.single();
		try (Browser phone = new Browser(port, 390, 844); Browser desk = new Browser(port, 1366, 900)) {
			phone.login("headteacher", Demo.PASSWORD);
			phone.open("/students/" + student[0]);
			assertThat(phone.find("#student-accounts").getText()).contains((String) student[2]);
			phone.scrollTo("#reset-row-" + student[2] + " .xa-reset").click();
			phone.driver.switchTo().alert().accept();
			phone.waitFor(d -> !d.findElements(By.id("temporary-password")).isEmpty());
			String temporary = phone.find("#temporary-password").getText();
			assertThat(temporary).hasSize(10);
			phone.scrollTo("#temporary-password-shown");
			phone.screenshot("issue10-shell-reset-phone");
			phone.open("/students/" + student[0]);
			assertThat(phone.present(By.id("temporary-password"))).as("shown once").isEmpty();

			desk.login((String) student[2], temporary);
			assertThat(desk.driver.getCurrentUrl()).contains("/account/password");
			desk.screenshot("issue10-shell-reset-first-sign-in-desktop");
		}
		finally {
			demo.jdbc()
				.sql("update people.account set password_hash = :h, must_change_password = false where id = :id")
				.param("h", student[3])
				.param("id", student[1])
				.update();
		}
	}

	@Test
	void inboxShowsUnreadMessagesAndOpeningOneReadsIt() throws Exception {
		long principal = demo.jdbc()
			.sql("select id from people.account where username = 'principal'")
			.query(Long.class)
			.single();
		demo.runAs("principal", notifications::markAllRead);
		notifications.toAccounts(List.of(principal), "notify.homework.reminder", "/inbox", "防溺水安全", "12-05");
		notifications.toAccounts(List.of(principal), "notify.homework.reminder", "/inbox", "消防安全", "12-06");
		try (Browser desk = new Browser(port, 1366, 900); Browser phone = new Browser(port, 390, 844)) {
			desk.login("principal", Demo.PASSWORD);
			assertThat(desk.find("#xa-nav a[href='/inbox'] .xa-nav-badge").getText()).isEqualTo("2");
			desk.menu("/inbox");
			assertThat(desk.driver.findElements(By.cssSelector("#inbox-list .xa-unread"))).hasSize(2);
			desk.screenshot("issue10-shell-inbox-desktop");
			WebElement first = desk.find("#inbox-list .xa-unread .xa-inbox-link");
			first.click();
			desk.waitFor(d -> d.findElements(By.cssSelector("#inbox-list .xa-unread")).size() == 1);
			assertThat(desk.find("#xa-nav a[href='/inbox'] .xa-nav-badge").getText()).isEqualTo("1");

			phone.login("principal", Demo.PASSWORD);
			phone.open("/inbox");
			int unreadNotices = phone.driver.findElements(By.cssSelector("#xa-nav a[href='/notices'] .badge"))
				.stream()
				.mapToInt(badge -> Integer.parseInt(badge.getAttribute("textContent").trim()))
				.sum();
			assertThat(phone.find(".navbar-toggler .xa-toggler-badge").getText())
				.as("the collapsed menu shows what is unread: the inbox and the notices")
				.isEqualTo(String.valueOf(1 + unreadNotices));
			phone.screenshot("issue10-shell-inbox-phone");
			phone.submit("#inbox-read-all");
			assertThat(phone.present(By.cssSelector("#inbox-list .xa-unread"))).isEmpty();
			assertThat(phone.present(By.cssSelector("#xa-nav a[href='/inbox'] .xa-nav-badge"))).isEmpty();
		}
	}

	private static void attempt(Browser browser, String username, String password) {
		browser.open("/login");
		browser.find("#username").clear();
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys(password);
		browser.submit("button[type=submit]");
	}

	private static long height(Browser browser, String css) {
		return ((Number) browser.driver.executeScript("return document.querySelector(arguments[0]).offsetHeight;", css))
			.longValue();
	}

	private static List<String> topLevel(Browser browser) {
		return browser.driver.findElements(By.cssSelector("#xa-nav > ul.xa-nav > li > a"))
			.stream()
			.map(a -> a.getText().replaceAll("\\s*\\d+$", "").trim())
			.toList();
	}

}
