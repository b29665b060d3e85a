package cn.xiaoan.risk;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Zones of the four-colour map, coloured by the highest risk placed in them, and the LEC
 * form that says what each value means and previews the grade with the server's
 * thresholds.
 */
@PlatformTest
class RiskZonesIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	PolicyManagement policy;

	@Test
	void aZoneTakesTheColourOfTheHighestRiskPlacedInIt() throws Exception {
		RiskFixture risks = new RiskFixture(mvc, demo);
		long school = demo.schoolOf("safety");
		long red = risks.adopt("safety", risks.template("FIRE", "学生宿舍消防"));
		long blue = risks.adopt("safety", risks.template("SPORTS", "运动会"));
		assess(risks, red, 10, 6, 15); // D = 900: 重大
		assess(risks, blue, 1, 1, 1); // D = 1: 低
		risks.send("safety", put("/api/v1/risks/{id}/position", red), "{\"x\":2.5,\"y\":3}");
		risks.send("safety", put("/api/v1/risks/{id}/position", blue), "{\"x\":3.5,\"y\":4}");
		mvc.perform(post("/schools/{id}/risk-map/zones", school).param("name", "锅炉房")
			.param("outline", "1,1 5,1 5,5 1,5")
			.with(demo.as("safety"))
			.with(csrf())).andExpect(status().is3xxRedirection());

		String page = mapPage(school, "safety");
		assertThat(page).containsPattern("<polygon[^>]*fill=\"#d63031\"[^>]*data-zone=\"锅炉房\"");
		assertThat(page).contains(">锅炉房</text>");
	}

	@Test
	void anotherSchoolsZoneIsNotFound() throws Exception {
		long own = demo.schoolOf("safety");
		long otherZone = demo.jdbc()
			.sql("select id from risk.zone where school_id <> :s order by id limit 1")
			.param("s", own)
			.query(Long.class)
			.single();
		long otherSchool = demo.jdbc()
			.sql("select school_id from risk.zone where id = :z")
			.param("z", otherZone)
			.query(Long.class)
			.single();

		mvc.perform(
				post("/schools/{id}/risk-map/zones/{z}/delete", own, otherZone).with(demo.as("safety")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/schools/{id}/risk-map/zones/{z}/delete", otherSchool, otherZone).with(demo.as("safety"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/schools/{id}/risk-map/zones", otherSchool).param("name", "越权区域")
			.param("outline", "1,1 5,1 5,5")
			.with(demo.as("safety"))
			.with(csrf())).andExpect(status().isNotFound());

		assertThat(demo.jdbc()
			.sql("select count(*) from risk.zone where id = :z")
			.param("z", otherZone)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(demo.jdbc().sql("select count(*) from risk.zone where name = '越权区域'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void aTeacherSeesTheZonesButCannotDrawOne() throws Exception {
		long school = demo.schoolOf("teacher");
		assertThat(mapPage(school, "teacher")).contains("data-zone=\"学生食堂\"").doesNotContain("id=\"zone-form\"");
		mvc.perform(post("/schools/{id}/risk-map/zones", school).param("name", "教师画的")
			.param("outline", "1,1 5,1 5,5")
			.with(demo.as("teacher"))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void aZoneNeedsANameAndThreeCornersOnThePlan() throws Exception {
		long school = demo.schoolOf("safety");
		String page = RefusedForms.shownAfter(mvc, demo.as("safety"), "/schools/" + school + "/risk-map",
				post("/schools/{id}/risk-map/zones", school).param("name", " ").param("outline", "1,1 120,5"));
		assertThat(page).contains("请填写区域名称").contains("区域至少需要3个顶点").contains("value=\"1,1 120,5\"");
	}

	@Test
	void theLecSelectsSayWhatEachValueMeansAndThePreviewUsesTheServersThresholds() throws Exception {
		RiskFixture risks = new RiskFixture(mvc, demo);
		long point = risks.adopt("safety", risks.template("CANTEEN", "食品留样"));
		String page = mvc.perform(get("/risks/{id}", point).with(demo.as("safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("6 — 相当可能")
			.contains("0.5 — 很不可能，可以设想")
			.contains("6 — 每天工作时间内暴露")
			.contains("15 — 非常严重，一人死亡")
			.contains("5 — 极有可能发生")
			.contains("4 — 重大，一人死亡");

		String region = demo.jdbc()
			.sql("select region_code from risk.point where id = :id")
			.param("id", point)
			.query(String.class)
			.single();
		RiskGrading.Thresholds graded = RiskGrading.Thresholds.of(policy.snapshot(), region);
		assertThat(page).contains("data-lec-above=\"" + graded.lecMajorAbove() + "," + graded.lecLargerAbove() + ","
				+ graded.lecGeneralAbove() + "\"");
		assertThat(page).contains("data-ls-from=\"" + graded.lsMajorFrom() + "," + graded.lsLargerFrom() + ","
				+ graded.lsGeneralFrom() + "\"");
	}

	private void assess(RiskFixture risks, long point, int l, int e, int c) throws Exception {
		risks.send("safety", post("/api/v1/risks/{id}/assessment", point), "{\"method\":\"LEC\",\"l\":" + l + ",\"e\":"
				+ e + ",\"c\":" + c + ",\"controlMeasures\":\"定期检查\",\"responsiblePerson\":\"安全办\"}");
	}

	private String mapPage(long school, String user) throws Exception {
		return mvc.perform(get("/schools/{id}/risk-map", school).with(demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
