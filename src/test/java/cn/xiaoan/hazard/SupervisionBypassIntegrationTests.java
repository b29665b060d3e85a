package cn.xiaoan.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only the bureau that lists a hazard for supervision (挂牌督办) accepts it: no school
 * verifies or closes it before, and no township, city, province or other county accepts,
 * rejects or summons in its place, over the API or the HTML forms (issue 9). Nor does a
 * bureau verify a school's unsupervised hazard.
 */
@PlatformTest
class SupervisionBypassIntegrationTests {

	private static final List<String> NOT_THE_SUPERVISOR = List.of("tzz_safety", "tzz_admin", "wz_safety", "wz_admin",
			"gx_safety", "gx_admin", "cx_safety");

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	RectificationPlans plans;

	@Autowired
	HazardSupervision supervision;

	@Autowired
	MockMvc mvc;

	/**
	 * A major hazard of the demo school, listed by 藤县, rectified and awaiting acceptance.
	 */
	private long awaitingCountyAcceptance(String title) {
		long id = awaitingVerification(title, HazardGrade.MAJOR);
		demo.runAs("tx_safety", () -> supervision.supervise(id, LocalDate.now().plusDays(20)));
		return id;
	}

	private long awaitingVerification(String title, HazardGrade grade) {
		long school = demo.schoolOf("principal");
		long id = demo.callAs("teacher",
				() -> hazards
					.report(new ReportHazard(school, title, "", "操场", SafetyCategory.BUILDINGS, HazardSource.AD_HOC,
							null, null, grade))
					.id());
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, grade, null);
			plans.file(id,
					new RectificationPlan("王校长", "加固", new BigDecimal("100"), LocalDate.now().plusDays(15), "设置围挡"));
			hazards.startRectification(id);
			hazards.completeRectification(id, "已完成");
		});
		return id;
	}

	private record State(String status, boolean accepted, String summoned) {
	}

	private State state(long id) {
		return demo.jdbc()
			.sql("""
					select h.status, s.accepted_at is not null, s.summoned_at::text from hazard.hazard h
					left join hazard.supervision s on s.hazard_id = h.id where h.id = :id""")
			.param("id", id)
			.query((rs, n) -> new State(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
			.single();
	}

	/**
	 * Every step of the supervision, by a label saying the path and whether it rejects.
	 */
	private static Map<String, MockHttpServletRequestBuilder> everyPath(long id) {
		String json = MediaType.APPLICATION_JSON_VALUE;
		Map<String, MockHttpServletRequestBuilder> paths = new LinkedHashMap<>();
		paths.put("api accept via verify",
				post("/api/v1/hazards/{id}/verify", id).contentType(json).content("{\"accepted\":true}"));
		paths.put("api reject", post("/api/v1/hazards/{id}/verify", id).contentType(json)
			.content("{\"accepted\":false,\"note\":\"退回\"}"));
		paths.put("api accept", post("/api/v1/hazards/{id}/accept", id).contentType(json).content("{\"note\":\"验收\"}"));
		paths.put("api close", post("/api/v1/hazards/{id}/close", id));
		paths.put("api summon", post("/api/v1/hazards/{id}/summon", id).contentType(json).content("{\"note\":\"约谈\"}"));
		paths.put("form accept", post("/hazards/{id}/verify", id).param("accepted", "true").param("note", "表单验收"));
		paths.put("form reject", post("/hazards/{id}/verify", id).param("accepted", "false").param("note", "表单退回"));
		paths.put("form close", post("/hazards/{id}/close", id));
		paths.put("form summon", post("/hazards/{id}/summon", id).param("note", "表单约谈"));
		return paths;
	}

	private void refused(String user, String label, MockHttpServletRequestBuilder request, long id) throws Exception {
		State before = state(id);
		int status = mvc.perform(request.with(demo.as(user)).with(csrf())).andReturn().getResponse().getStatus();
		assertThat(status).as(user + " " + label).isLessThan(500);
		if (label.startsWith("api")) {
			assertThat(status).as(user + " " + label).isIn(400, 403, 404);
		}
		assertThat(state(id)).as(user + " " + label).isEqualTo(before);
	}

	@Test
	void noBureauButTheSupervisingOneAcceptsRejectsOrSummonsOverApiOrForm() throws Exception {
		long id = awaitingCountyAcceptance("越级验收测试：围墙");
		for (String user : NOT_THE_SUPERVISOR) {
			for (var path : everyPath(id).entrySet()) {
				refused(user, path.getKey(), path.getValue(), id);
			}
		}
		assertThat(state(id)).isEqualTo(new State("AWAITING_VERIFICATION", false, null));
		mvc.perform(post("/hazards/{id}/verify", id).param("accepted", "true")
			.param("note", "现场验收合格")
			.with(demo.as("tx_safety"))
			.with(csrf()));
		assertThat(state(id)).isEqualTo(new State("VERIFIED", true, null));
	}

	@Test
	void theSchoolNeitherAcceptsNorClosesASupervisedHazardOverApiOrForm() throws Exception {
		long id = awaitingCountyAcceptance("学校自验测试：楼梯");
		for (String user : List.of("principal", "safety")) {
			for (var path : everyPath(id).entrySet()) {
				if (!path.getKey().endsWith("reject")) {
					refused(user, path.getKey(), path.getValue(), id);
				}
			}
		}
		demo.jdbc().sql("update hazard.hazard set status = 'VERIFIED' where id = :id").param("id", id).update();
		refused("principal", "api close", post("/api/v1/hazards/{id}/close", id), id);
		refused("principal", "form close", post("/hazards/{id}/close", id), id);
		assertThat(state(id).status()).isEqualTo("VERIFIED");
	}

	@Test
	void aBureauDoesNotVerifyAnUnsupervisedHazardOfASchool() throws Exception {
		long id = awaitingVerification("局方代验测试：灯具", HazardGrade.GENERAL);
		for (String user : List.of("tx_safety", "tzz_safety", "wz_safety", "gx_safety")) {
			refused(user, "api accept via verify",
					post("/api/v1/hazards/{id}/verify", id).contentType(MediaType.APPLICATION_JSON)
						.content("{\"accepted\":true}"),
					id);
			refused(user, "form accept", post("/hazards/{id}/verify", id).param("accepted", "true").param("note", "代验"),
					id);
		}
		assertThat(state(id).status()).isEqualTo("AWAITING_VERIFICATION");
	}

	@Test
	void theSupervisingBureauListsItsSupervisedHazards() throws Exception {
		long id = awaitingCountyAcceptance("督办清单测试：水池");
		String list = mvc.perform(get("/api/v1/hazards/supervised").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("\"id\":" + id);
	}

}
