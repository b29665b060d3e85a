package cn.xiaoan.emergency;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan and drill pages as the demo school and its county see them. */
@PlatformTest
class EmergencyPagesIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	private long demoPlan(String kind) {
		return demo.jdbc()
			.sql("select id from emergency.plan where school_id = :s and kind = :k")
			.param("s", demo.schoolOf("safety"))
			.param("k", kind)
			.query(Long.class)
			.single();
	}

	@Test
	void theSchoolSeesItsPlanSetAndAReturnedPlanWithTheBureausComments() throws Exception {
		mvc.perform(get("/emergency-plans").with(demo.as("safety")))
			.andExpect(
					content().string(allOf(containsString("id=\"plan-table\""), containsString("id=\"start-plan\""))));
		mvc.perform(get("/emergency-plans/{id}", demoPlan("FOOD_POISONING")).with(demo.as("safety")))
			.andExpect(content().string(allOf(containsString("id=\"returned-comment\""), containsString("食品封存组"),
					containsString("id=\"edit-plan\""), containsString("id=\"campus-svg\""))));
		mvc.perform(get("/emergency-plans/{id}/edit", demoPlan("FIRE")).with(demo.as("safety")))
			.andExpect(content()
				.string(allOf(containsString("id=\"plan-form\""), containsString("name=\"routePoints\""))));
	}

	@Test
	void theCountyAcceptsOrReturnsAFiledPlanOnlyFromItsPage() throws Exception {
		long filed = demoPlan("INTRUDER");
		mvc.perform(get("/emergency-plans/{id}", filed).with(demo.as("tx_safety")))
			.andExpect(content().string(allOf(containsString("id=\"accept-plan\""),
					containsString("id=\"return-form\""), not(containsString("id=\"edit-plan\"")))));
		mvc.perform(post("/emergency-plans/{id}/return", filed).param("comment", " ")
			.with(demo.as("tx_safety"))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("fieldErrors"));
	}

	@Test
	void aPlanPrintsAsAPdfNamedAfterTheSchool() throws Exception {
		mvc.perform(get("/emergency-plans/{id}/pdf", demoPlan("GENERAL")).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")));
	}

	@Test
	void theDrillFormAndTheCitysRollupRender() throws Exception {
		mvc.perform(get("/drills/new").with(demo.as("safety")))
			.andExpect(
					content().string(allOf(containsString("id=\"drill-form\""), containsString("name=\"problems\""))));
		mvc.perform(get("/drills/compliance").with(demo.as("wz_safety")))
			.andExpect(content().string(allOf(containsString("id=\"compliance-table\""), containsString("藤县"),
					containsString("class=\"below-link\""))));
		mvc.perform(get("/drills/export").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
	}

}
