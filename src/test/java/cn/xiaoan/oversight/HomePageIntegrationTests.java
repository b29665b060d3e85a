package cn.xiaoan.oversight;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every staff role lands on a home page whose tiles link only to lists the role may open,
 * and the school page's 安全教育 link leads to the school's figures in a running campaign
 * only for a school in the caller's scope.
 */
@PlatformTest
class HomePageIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Test
	void everyStaffRoleHasAHomeWhoseTilesLeadOnlyWhereItMayGo() throws Exception {
		for (String user : List.of("admin", "gx_safety", "wz_admin", "tx_safety", "principal", "safety", "headteacher",
				"teacher", "guard", "police")) {
			String home = mvc.perform(get("/").with(demo.as(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(home).as(user).contains("id=\"home-tiles\"");
			if (List.of("teacher", "guard").contains(user)) {
				assertThat(home).as(user + " sees no student list").doesNotContain("/students\"");
			}
		}
		String county = mvc.perform(get("/").with(demo.as("tx_safety"))).andReturn().getResponse().getContentAsString();
		assertThat(county).as("a county has no list of all its students")
			.contains("id=\"tile-students\"")
			.doesNotContainPattern("<a[^>]*id=\"tile-students\"");
	}

	@Test
	void theSchoolsEducationLinkOpensItsRunningCampaignOnlyWithinScope() throws Exception {
		long school = demo.schoolOf("principal");
		String target = mvc.perform(get("/schools/" + school + "/education").with(demo.as("tx_safety")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(target).matches("/campaigns(/\\d+\\?unit=S:" + school + ")?");
		mvc.perform(get("/schools/" + demo.schoolOf("principal2") + "/education").with(demo.as("tx_safety")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/schools/" + school + "/education").with(demo.as("guard"))).andExpect(status().isForbidden());
	}

}
