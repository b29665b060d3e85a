package cn.xiaoan.hazard;

import java.util.List;

import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hazard pages: steps the aggregate allows, one handler for form errors, htmx
 * fragments.
 */
@PlatformTest
class HazardPagesIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	HazardDetails details;

	@Autowired
	MockMvc mvc;

	private long reported() {
		long school = demo.schoolOf("principal");
		return demo.callAs("teacher",
				() -> hazards
					.report(new ReportHazard(school, "页面测试：门卫室灭火器过期", "", "门卫室", SafetyCategory.FIRE,
							HazardSource.AD_HOC, null, null, HazardGrade.GENERAL))
					.id());
	}

	@Test
	void theDetailShowsTheStepsTheAggregateAllowsTheCaller() throws Exception {
		long id = reported();
		assertThat(demo.callAs("safety", () -> details.of(id)).steps()).containsExactly(HazardStep.REGISTER,
				HazardStep.SPOTFIX);
		assertThat(demo.callAs("teacher", () -> details.of(id)).steps()).isEmpty();
		mvc.perform(get("/hazards/{id}", id).with(demo.as("safety")))
			.andExpect(content().string(allOf(containsString("id=\"step-register\""),
					containsString("id=\"step-spotfix\""), not(containsString("id=\"step-close\"")))));
	}

	@Test
	void aStepSentByHtmxAnswersTheHazardPanelWithoutTheLayout() throws Exception {
		long id = reported();
		mvc.perform(
				post("/hazards/{id}/register", id).with(demo.as("safety")).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"hazard\""), containsString("id=\"step-grade\""),
					not(containsString("<nav")), not(containsString("<html")))));
		mvc.perform(post("/hazards/{id}/grade", id).with(demo.as("safety")).with(csrf()).param("grade", "GENERAL"))
			.andExpect(redirectedUrl("/hazards/" + id))
			.andExpect(flash().attribute("message", "hazard.step.done"));
	}

	@Test
	void theLedgerFilteredByHtmxAnswersOnlyItsResults() throws Exception {
		mvc.perform(get("/hazards").param("status", "REPORTED").with(demo.as("tx_safety")).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"ledger\""), containsString("id=\"hazard-table\""),
					not(containsString("<nav")), not(containsString("<html")))));
		mvc.perform(get("/hazards").param("status", "REPORTED").with(demo.as("tx_safety")))
			.andExpect(content().string(allOf(containsString("<nav"), containsString("id=\"ledger\""))));
	}

	@Test
	void aRefusedFormGoesBackToItsPageWithEveryFieldErrorInChinese() throws Exception {
		long id = reported();
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.GENERAL, null);
		});
		String page = "http://localhost/hazards/" + id;
		mvc.perform(post("/hazards/{id}/plan", id).with(demo.as("principal"))
			.with(csrf())
			.header("Referer", page)
			.param("responsiblePerson", "")
			.param("measures", "")
			.param("fundsYuan", "-1")
			.param("contingencyPlan", ""))
			.andExpect(redirectedUrl("/hazards/" + id))
			.andExpect(flash().attribute("formErrors", hasSize(5)))
			.andExpect(flash().attribute("fieldErrors", hasEntry("responsiblePerson", "请填写责任人")))
			.andExpect(flash().attribute("fieldErrors", hasEntry("fundsYuan", "请填写整改资金（不小于0）")));
		mvc.perform(post("/hazards/{id}/close", id).with(demo.as("principal"))
			.with(csrf())
			.header("Referer", page)
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/hazards/" + id));
	}

	@Test
	void theLedgerOffersTheChosenRegionsSchoolsAndNamesNoSchoolOutsideTheCallersScope() throws Exception {
		long tengxian = demo.schoolsIn("450422").get(0);
		List<Long> mengshan = demo.schoolsIn("450423");
		assertThat(mengshan).isNotEmpty();
		String page = mvc.perform(get("/hazards").param("region", "450422").with(demo.as("wz_safety")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<option value=\"" + tengxian + "\"");
		mengshan.forEach(other -> assertThat(page).doesNotContain("<option value=\"" + other + "\""));
		long outside = mengshan.get(0);
		String name = demo.jdbc()
			.sql("select name from org.school where id = :id")
			.param("id", outside)
			.query(String.class)
			.single();
		String county = mvc
			.perform(get("/hazards").param("schoolId", String.valueOf(outside)).with(demo.as("tx_safety")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(county).doesNotContain(name).doesNotContain("<option value=\"" + outside + "\"");
	}

	@Test
	void theLedgersRegionFilterOffersOneLevelDownAndTheWayBackUp() throws Exception {
		String city = mvc.perform(get("/hazards").with(demo.as("wz_safety")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(city).contains("<option value=\"450422\"").doesNotContainPattern("<option value=\"450422\\d{3}\"");
		String county = mvc.perform(get("/hazards").param("region", "450422").with(demo.as("wz_safety")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(county).contains("<option value=\"450400\"")
			.containsPattern("<option value=\"450422\\d{3}\"")
			.doesNotContainPattern("<option value=\"450423\\d{3}\"")
			.doesNotContain("<option value=\"450000\"");
	}

}
