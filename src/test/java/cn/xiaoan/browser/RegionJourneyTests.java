package cn.xiaoan.browser;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 行政区划 without SQL: the system administrator browses the tree on a desk, a county bureau
 * adds, renames and merges a township on a phone.
 */
@PlatformTest
class RegionJourneyTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void theAdministratorBrowsesTheTreeWithSchoolCountsOnADesk() throws Exception {
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("admin", Demo.PASSWORD);
			desk.open("/");
			desk.menu("/regions");
			assertThat(desk.text()).contains("行政区划").contains("广西壮族自治区").contains("载入国家行政区划表");
			desk.open("/regions?code=450000");
			assertThat(desk.find("#region-children").getText()).contains("梧州市").contains("南宁市").contains("所学校");
			desk.open("/regions?code=450400");
			desk.open("/regions?code=450422");
			assertThat(desk.find("#region-children").getText()).contains("藤州镇").contains("塘步镇").contains("平福乡");
			desk.screenshot("regions-01-desk-tengxian");
			desk.open("/regions?q=%E5%B2%91");
			assertThat(desk.find("#region-children").getText()).contains("岑溪市").contains("岑城镇");
			desk.screenshot("regions-02-desk-search");
		}
	}

	@Test
	void aCountyBureauAddsRenamesAndMergesATownshipOnAPhone() throws Exception {
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("tx_admin", Demo.PASSWORD);
			phone.open("/regions?code=450422");
			phone.scrollTo("#add-region #code").sendKeys("450422980");
			phone.find("#add-region #name").sendKeys("旅程镇");
			phone.submit("#add-region button[type=submit]");
			assertThat(phone.text()).contains("区划已新增").contains("旅程镇");
			phone.screenshot("regions-03-phone-added");

			phone.open("/regions/450422980");
			var name = phone.scrollTo("#rename-region #name");
			name.clear();
			name.sendKeys("新旅程镇");
			phone.find("#rename-reason").sendKeys("经批准更名");
			phone.submit("#rename-region button[type=submit]");
			assertThat(phone.text()).contains("已保存").contains("由“旅程镇”改名为“新旅程镇”").contains("经批准更名");

			new Select(phone.scrollTo("#successorCode")).selectByVisibleText("藤州镇");
			phone.find("#retire-reason").sendKeys("撤乡并镇");
			phone.submit("#retire-region button[type=submit]");
			assertThat(phone.text()).contains("（已撤销）").contains("撤销，并入“藤州镇”").contains("撤乡并镇");
			phone.screenshot("regions-04-phone-merged");

			phone.open("/regions?code=450422");
			assertThat(phone.find("#region-children").getText()).contains("新旅程镇（已撤销）").contains("已并入：藤州镇");
			phone.screenshot("regions-05-phone-tree");
		}
	}

}
