package cn.xiaoan.browser;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Clues routed to one police station on phones (ADR 0057), in 苍梧县: the county defines
 * 石桥派出所 covering the 石桥镇 school's township and 沙头派出所 covering 沙头镇, each with its police
 * account; the school's safety officer sees where a clue will go and forwards one; 石桥's
 * police acknowledge it and see no student's name; 沙头's police do not see it.
 */
@PlatformTest
class PoliceStationJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	private void account(String username, String role, String region, Long school) {
		demo.jdbc()
			.sql("""
					insert into people.account (username, password_hash, display_name, role, region_code, school_id,
					                            data_kinds)
					select :u, password_hash, :u, :r, :region, :school, :kinds from people.account
					where username = 'police' on conflict (username) do nothing""")
			.param("u", username)
			.param("r", role)
			.param("region", region)
			.param("school", school)
			.param("kinds", school == null ? "SCHOOL_BASIC,POLICE_LIAISON" : "")
			.update();
	}

	@Test
	void theCountyRoutesAClueOfATownshipSchoolToItsStationAndNoOtherStationSeesIt() throws Exception {
		demo.jdbc().sql("delete from liaison.police_station where county_code = '450421'").update();
		long school = demo.schoolsIn("450421100").get(0);
		account("cw_sq_police", "POLICE_LIAISON", "450421", null);
		account("cw_st_police", "POLICE_LIAISON", "450421", null);
		account("cw_sq_safety", "SCHOOL_SAFETY_OFFICER", "450421100", school);
		List<String> names = demo.jdbc()
			.sql("select name from people.student where school_id = :s and char_length(name) >= 2")
			.param("s", school)
			.query(String.class)
			.list();
		try (Browser county = new Browser(port, 390, 844)) {
			county.login("cw_safety", Demo.PASSWORD);
			county.open("/liaison");
			county.submit("#stations-link");
			assertThat(county.find("#uncovered-schools").getText()).contains("未指定派出所");
			addStation(county, "石桥派出所", "450421100", "cw_sq_police");
			addStation(county, "沙头派出所", "450421101", "cw_st_police");
			assertThat(county.find("#stations-table").getText()).contains("石桥派出所").contains("石桥镇").contains("沙头镇");
			county.screenshot("stations-01-register-phone");
		}
		String place = "镇中心网吧" + System.nanoTime() % 10000;
		String clue;
		try (Browser safety = new Browser(port, 390, 844)) {
			safety.login("cw_sq_safety", Demo.PASSWORD);
			safety.open("/liaison/clues/new");
			assertThat(safety.find("#route-to").getText()).isEqualTo("将转送：石桥派出所");
			new Select(safety.find("#category")).selectByValue("GANG");
			safety.driver.executeScript("arguments[0].value = arguments[1]", safety.find("#happenedAt"),
					LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(3).withSecond(0).withNano(0).toString());
			safety.find("#place").sendKeys(place);
			safety.find("#what").sendKeys("有社会人员在网吧拉拢初二学生加入“兄弟会”");
			safety.find("#grade-1").sendKeys("初二");
			safety.find("#initials-1").sendKeys("zq");
			safety.screenshot("stations-02-clue-form-routed-phone");
			safety.submit("#clue-submit");
			assertThat(safety.find("#clue-station").getText()).isEqualTo("石桥派出所");
			clue = safety.driver.getCurrentUrl().replaceAll(".*/liaison/clues/(\\d+).*", "$1");
		}
		try (Browser police = new Browser(port, 390, 844)) {
			police.login("cw_sq_police", Demo.PASSWORD);
			police.open("/liaison/clues");
			assertThat(police.find("#clue-" + clue).getText()).contains(place).contains("石桥派出所");
			police.click("#clue-" + clue + " .clue-link");
			police.submit("#acknowledge");
			assertThat(police.find("#clue-state").getText()).isEqualTo("已签收");
			String seen = police.text();
			assertThat(seen).contains("ZQ");
			assertThat(names).noneMatch(seen::contains);
			police.screenshot("stations-03-station-police-clue-phone");
		}
		try (Browser other = new Browser(port, 390, 844)) {
			other.login("cw_st_police", Demo.PASSWORD);
			other.open("/liaison/clues");
			assertThat(other.present(By.id("clue-" + clue))).isEmpty();
			other.open("/liaison/clues/" + clue);
			assertThat(other.text()).doesNotContain(place);
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("cw_safety", Demo.PASSWORD);
			desk.open("/liaison/stations");
			desk.screenshot("stations-04-register-desktop");
			desk.submit("#stations-table .edit-station");
			desk.screenshot("stations-05-station-form-desktop");
			desk.open("/liaison/clues/" + clue);
			assertThat(desk.find("#transfer-station").getText()).contains("沙头派出所");
			desk.screenshot("stations-06-clue-transfer-desktop");
		}
	}

	private void addStation(Browser county, String name, String township, String officer) {
		long account = demo.jdbc()
			.sql("select id from people.account where username = :u")
			.param("u", officer)
			.query(Long.class)
			.single();
		county.submit("#new-station");
		county.find("#name").sendKeys(name);
		county.find("#phone").sendKeys("0774-2" + township.substring(6));
		county.click("#townships-" + township);
		county.click("#officers-" + account);
		county.submit("#station-submit");
		assertThat(county.find(".alert-success").getText()).isEqualTo("派出所已保存。");
	}

}
