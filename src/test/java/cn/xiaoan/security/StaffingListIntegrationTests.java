package cn.xiaoan.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SaveSchool;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bureau's staffing list at a province's size: a page of schools at a time, figures
 * over all of them, the home page's figure equal to the list's, and the policy of each
 * region resolved once and shared by the regions below that have none of their own.
 */
@PlatformTest
class StaffingListIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	SecurityManagement security;

	@Autowired
	OrgManagement org;

	@Autowired
	PolicyManagement policy;

	@Autowired
	MockMvc mvc;

	@Test
	void theListShowsAPageOfSchoolsAtATimeAndItsFiguresCountEverySchoolListed() throws Exception {
		List<StaffingStatus> all = demo.callAs("gx_safety",
				() -> security.statuses(SchoolQuery.all(), true, "missing"));
		assertThat(all).as("the demo province has several pages of short schools").hasSizeGreaterThan(10);
		List<StaffingStatus> paged = new ArrayList<>();
		for (int page = 0; page * 5 < all.size(); page++) {
			int p = page;
			StaffingList list = demo.callAs("gx_safety",
					() -> security.staffingList(SchoolQuery.all(), true, null, "missing", p, 5));
			assertThat(list.page().total()).isEqualTo(all.size());
			assertThat(list.missingTotal()).isEqualTo(all.stream().mapToInt(StaffingStatus::missingGuards).sum());
			assertThat(list.page().items()).hasSizeLessThanOrEqualTo(5);
			paged.addAll(list.page().items());
		}
		assertThat(paged).as("the pages in turn are the whole list, in its order").isEqualTo(all);
		StaffingList beyond = demo.callAs("gx_safety",
				() -> security.staffingList(SchoolQuery.all(), true, null, "missing", 9_999, 5));
		assertThat(beyond.page().page()).as("a page past the end shows the last").isEqualTo((all.size() - 1) / 5);

		String page = mvc.perform(get("/security/staffing").with(demo.as("gx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(figure(page, "shortfall-count")).isEqualTo(all.size());
		assertThat(Pattern.compile("<tr>\\s*<td><a href=\"/schools/").matcher(page).results().count())
			.isEqualTo(Math.min(50, all.size()));
		assertThat(page.contains("id=\"page-next\"")).as("a pager when there is more than a page")
			.isEqualTo(all.size() > 50);
		String home = mvc.perform(get("/").with(demo.as("gx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(figure(home, "fig-shortfalls")).as("the home page's figure is the list's total")
			.isEqualTo(all.size());
		assertThat(demo.callAs("gx_safety", security::shortfallCount)).isEqualTo(all.size());
	}

	@Test
	void theListsRegionFilterOffersOneLevelDownAndTheWayBackUp() throws Exception {
		String province = mvc.perform(get("/security/staffing").with(demo.as("gx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(province).contains("value=\"450400\"").doesNotContain("value=\"450422\"");
		String city = mvc.perform(get("/security/staffing").param("region", "450400").with(demo.as("gx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(city).contains("value=\"450422\"")
			.contains("value=\"450400\"")
			.doesNotContain("value=\"450422100\"");
		String outside = mvc.perform(get("/security/staffing").param("region", "450300").with(demo.as("wz_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(figure(outside, "shortfall-count")).as("another city's schools are not listed").isZero();
		mvc.perform(get("/security/staffing").with(demo.as("student"))).andExpect(status().isForbidden());
	}

	@Test
	void aRegionWithoutSettingsOfItsOwnFollowsTheNearestAboveThatHasThem() {
		long township = school("2450422931", "450422103");
		long county = school("2450422932", "450405");
		long otherTownship = school("2450422933", "450422104");
		demo.runAs("admin", () -> {
			policy.override(PolicySetting.GUARD_SMALL_SCHOOL_BELOW, "450400", "40", "梧州市规定（测试）");
			policy.override(PolicySetting.GUARD_SMALL_SCHOOL_BELOW, "450405", "60", "长洲区规定（测试）");
		});
		try {
			List<StaffingStatus> listed = demo.callAs("wz_safety",
					() -> security.statuses(new SchoolQuery("策略继承测试", null, null, 0, 1, "code"), false, "code"));
			assertThat(listed).extracting(s -> s.school().id()).containsExactly(township, county, otherTownship);
			assertThat(listed).extracting(s -> s.requirement().required())
				.as("50 pupils: not small below 梧州's 40 (藤县 and its townships have none of their own), so 2; "
						+ "small below 长洲区's own 60, so 1")
				.containsExactly(2, 1, 2);
			for (StaffingStatus s : listed) {
				assertThat(demo.callAs("wz_safety", () -> security.status(s.school().id())).requirement())
					.as("the school's own page agrees with the list")
					.isEqualTo(s.requirement());
			}
		}
		finally {
			demo.runAs("admin", () -> {
				policy.removeOverride(PolicySetting.GUARD_SMALL_SCHOOL_BELOW, "450405");
				policy.removeOverride(PolicySetting.GUARD_SMALL_SCHOOL_BELOW, "450400");
			});
		}
	}

	private long school(String code, String region) {
		return demo.callAs("admin", () -> org
			.createSchool(new SaveSchool(code, "策略继承测试学校" + code, SchoolType.PRIMARY, region, "", "", false, 50, 0, 0))
			.id());
	}

	private static long figure(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*([0-9,]+)").matcher(html);
		assertThat(m.find()).as(id).isTrue();
		return Long.parseLong(m.group(1).replace(",", ""));
	}

}
