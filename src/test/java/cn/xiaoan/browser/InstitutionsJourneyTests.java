package cn.xiaoan.browser;

import java.util.List;

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
 * Off-campus training institutions on phones: 藤州镇's officer registers an unlicensed
 * institution and inspects it item by item; the county bans it with its 12 students to
 * resettle; the township puts the students in the plan and closes it; the county
 * publishes its lists and a parent finds the institution on the black list.
 */
@PlatformTest
class InstitutionsJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aTownshipInspectsTheCountyBansTheStudentsAreResettledAndAParentSeesTheBlackList() throws Exception {
		String name = "星光课外辅导班" + System.nanoTime() % 10000;
		long id;
		try (Browser town = new Browser(port, 390, 844)) {
			town.login("tzz_safety", Demo.PASSWORD);
			town.menu("/institutions");
			town.screenshot("institutions-01-register-phone");
			town.submit("#new-institution");
			town.find("#name").sendKeys(name);
			town.find("#address").sendKeys("藤州镇建设路17号居民楼三楼");
			town.click("label[for='subject-ACADEMIC']");
			town.find("#capacity").sendKeys("40");
			town.find("#responsiblePerson").sendKeys("周某");
			town.screenshot("institutions-02-form-phone");
			town.submit("#institution-submit");
			assertThat(town.find("#institution-name").getText()).isEqualTo(name);
			id = Long.parseLong(town.driver.getCurrentUrl().replaceAll(".*/institutions/(\\d+).*", "$1"));

			town.submit("#inspect-institution");
			List<WebElement> items = town.driver.findElements(By.cssSelector(".check-item"));
			assertThat(items).hasSizeGreaterThan(5);
			for (int i = 0; i < items.size(); i++) {
				String item = items.get(i).getDomAttribute("id").substring(5);
				town.click("label[for='" + (i < 2 ? "fail-" : "pass-") + item + "']");
				if (i < 2) {
					town.find("#note-" + item).sendKeys("现场未见证照");
				}
			}
			new Select(town.find("#outcome")).selectByValue("RECTIFY");
			town.scrollTo("#" + items.get(0).getDomAttribute("id"));
			town.screenshot("institutions-03-inspect-phone");
			town.submit("#inspection-submit");
			assertThat(town.text()).contains("检查结果已保存").contains("限期整改中");
			town.screenshot("institutions-04-detail-rectifying-phone");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/institutions/" + id + "/inspect");
			for (WebElement item : county.driver.findElements(By.cssSelector(".check-item"))) {
				String itemId = item.getDomAttribute("id").substring(5);
				county.click("label[for='" + (itemId.equals(firstItem(county)) ? "fail-" : "pass-") + itemId + "']");
			}
			new Select(county.find("#outcome")).selectByValue("BANNED");
			county.find("#students").sendKeys("12");
			county.find("#feesToRefund").sendKeys("9600");
			county.find("#note").sendKeys("无证开展学科类培训，联合执法取缔");
			county.submit("#inspection-submit");
			assertThat(county.text()).contains("已取缔").contains("涉及学员 12 人");
			county.screenshot("institutions-05-banned-phone");
		}
		try (Browser town = new Browser(port, 390, 844)) {
			town.login("tzz_safety", Demo.PASSWORD);
			town.open("/institutions/resettlements");
			String ban = town.find("[id^='ban-'] a[href='/institutions/" + id + "']")
				.findElement(By.xpath("ancestor::div[starts-with(@id,'ban-')]"))
				.getDomAttribute("id")
				.substring(4);
			town.find("#students-" + ban).clear();
			town.find("#students-" + ban).sendKeys("7");
			town.find("#origin-" + ban).sendKeys("藤县城东小学");
			town.submit("#add-resettlement-" + ban);
			new Select(town.find("#method-" + ban)).selectByValue("REFUND");
			town.find("#refund-" + ban).clear();
			town.find("#refund-" + ban).sendKeys("4000");
			town.submit("#add-resettlement-" + ban);
			assertThat(town.find("#ban-" + ban).getText()).contains("尚未落实 0 人");
			town.screenshot("institutions-06-resettlement-phone");
			for (int n = 0; n < 2; n++) {
				WebElement outcome = town.find("#ban-" + ban + " input[name='outcome']");
				outcome.sendKeys(n == 0 ? "已转入白名单机构" : "已全额退费，家长签字确认");
				String close = outcome.getDomAttribute("id").replace("outcome-", "close-");
				town.submit("#" + close);
			}
			assertThat(town.text()).contains("学员已全部安置完成");
			assertThat(town.present(By.id("ban-" + ban))).isEmpty();
			town.open("/institutions/" + id);
			assertThat(town.find("#ban-" + ban).getText()).contains("安置完成");
			town.screenshot("institutions-07-resettled-phone");
		}
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("tx_safety", Demo.PASSWORD);
			county.open("/institutions/lists");
			county.submit("#publish-lists");
			assertThat(county.find("#black-list").getText()).contains(name);
		}
		try (Browser parent = new Browser(port, 390, 844)) {
			parent.login("parent", Demo.PASSWORD);
			parent.menu("/institutions/lists");
			assertThat(parent.find("#black-list").getText()).contains(name).contains("已取缔");
			assertThat(parent.find("#lists-version").getText()).contains("藤县").contains("发布时间");
			parent.screenshot("institutions-08-parent-lists-phone");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_safety", Demo.PASSWORD);
			desk.open("/institutions");
			desk.screenshot("institutions-09-register-desktop");
			desk.open("/institutions/" + id);
			desk.screenshot("institutions-10-detail-desktop");
			desk.open("/institutions/rectifications");
			desk.screenshot("institutions-11-rectifications-desktop");
			desk.open("/institutions/lists");
			desk.screenshot("institutions-12-lists-desktop");
			desk.open("/institutions/" + id + "/inspect");
			desk.screenshot("institutions-13-inspect-desktop");
		}
	}

	private static String firstItem(Browser b) {
		return b.driver.findElements(By.cssSelector(".check-item")).get(0).getDomAttribute("id").substring(5);
	}

}
