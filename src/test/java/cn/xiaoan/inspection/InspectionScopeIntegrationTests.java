package cn.xiaoan.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Another school and another province reach none of 藤县第一高级中学's plans and tasks. */
@PlatformTest
class InspectionScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	InspectionManagement inspections;

	private Map<String, AbstractMockHttpServletRequestBuilder<?>> probes(long school, long plan, long task, long item) {
		String answers = "{\"confirmed\": true, \"answers\": [{\"itemId\": %d, \"result\": \"FAIL\", \"note\": \"越权\"}]}"
			.formatted(item);
		Map<String, AbstractMockHttpServletRequestBuilder<?>> probes = new LinkedHashMap<>();
		probes.put("api plan", get("/api/v1/inspections/plans/{id}", plan));
		probes.put("api task", get("/api/v1/inspections/tasks/{id}", task));
		probes.put("api submit",
				post("/api/v1/inspections/tasks/{id}/submission", task).contentType(MediaType.APPLICATION_JSON)
					.content(answers));
		probes.put("api plan for school", post("/api/v1/inspections/plans").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\": \"越权\", \"cadence\": \"WEEKLY\", \"itemIds\": [%d], \"inspectorRole\": \"GUARD\", \"schoolIds\": [%d]}"
						.formatted(item, school)));
		probes.put("api spot check", post("/api/v1/inspections/spot-checks").contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\": %d, \"itemIds\": [%d]}".formatted(school, item)));
		probes.put("page plan", get("/inspections/plans/{id}", plan));
		probes.put("page task", get("/inspections/tasks/{id}", task));
		probes.put("page submit",
				post("/inspections/tasks/{id}", task).param("result-" + item, "FAIL")
					.param("note-" + item, "越权")
					.param("confirmed", "true"));
		probes.put("page spot check",
				post("/inspections/spot-checks").param("schoolId", String.valueOf(school)).param("categories", "FIRE"));
		return probes;
	}

	@Test
	void anotherSchoolAndAnotherProvinceAreRefusedOnEveryEndpoint() throws Exception {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		long school = demo.schoolOf("safety");
		long item = fixture.items("TRAFFIC", 1).get(0);
		PlanView plan = fixture.safetyPlan("校车月检", Cadence.MONTHLY, List.of(item));
		long task = fixture.taskOf(plan.id());

		for (String user : List.of("principal2", "sz_admin")) {
			for (var probe : probes(school, plan.id(), task, item).entrySet()) {
				int status = mvc.perform(probe.getValue().with(demo.as(user)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(user + " " + probe.getKey()).isIn(403, 404);
			}
			String tasks = mvc.perform(get("/api/v1/inspections/tasks?mine=false").with(demo.as(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(tasks).doesNotContain("\"id\":" + task + ",");
			String plans = mvc.perform(get("/api/v1/inspections/plans").with(demo.as(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(plans).doesNotContain("校车月检");
		}
		assertThat(fixture.hazardsOf(task)).isZero();
		assertThat(demo.jdbc().sql("""
				select count(*) from inspection.plan p join people.account a on a.id = p.created_by
				where a.username in ('principal2', 'sz_admin')""").query(Integer.class).single())
			.as("no foreign plan or spot check reached the school")
			.isZero();
	}

	@Test
	void theCountyAndTheCitySeeTheSchoolsTasksButATeacherCannotPlan() throws Exception {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		long task = fixture.taskOf(fixture.safetyPlan("体育器材周检", Cadence.WEEKLY, fixture.items("SPORTS", 1)).id());
		for (String user : List.of("tx_safety", "wz_safety", "principal", "teacher")) {
			mvc.perform(get("/api/v1/inspections/tasks/{id}", task).with(demo.as(user))).andExpect(status().isOk());
		}
		mvc.perform(get("/inspections/plans/new").with(demo.as("teacher"))).andExpect(status().isForbidden());
		mvc.perform(get("/inspections/overview").with(demo.as("principal"))).andExpect(status().isForbidden());
		mvc.perform(get("/inspections/overview").with(demo.as("tx_safety"))).andExpect(status().isOk());
		mvc.perform(get("/inspections").with(demo.as("guard"))).andExpect(status().isOk());
		mvc.perform(get("/inspections/library").with(demo.as("wz_safety"))).andExpect(status().isOk());
	}

}
