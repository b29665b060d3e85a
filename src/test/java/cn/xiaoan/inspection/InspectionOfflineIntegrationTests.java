package cn.xiaoan.inspection;

import java.util.List;
import java.util.UUID;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.Images;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An inspection signed on a phone without signal arrives once (ADR 0043): the phone
 * resends its record until it hears an answer, so a resend of the same client id answers
 * the signed task (200) and opens no second hazard; another person's client id is not
 * theirs; an id that signed one task cannot sign another.
 */
@PlatformTest
class InspectionOfflineIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionManagement inspections;

	private MockMultipartHttpServletRequestBuilder signed(long task, List<Long> items, String clientId) {
		MockMultipartHttpServletRequestBuilder send = multipart("/api/v1/inspections/tasks/{id}/offline", task);
		send.file(new MockMultipartFile("photo-" + items.get(0), "fire.jpg", "image/png", Images.png(60, 40)));
		send.param("clientId", clientId).param("confirmed", "true");
		send.param("result-" + items.get(0), "FAIL").param("note-" + items.get(0), "灭火器过期");
		for (Long item : items.subList(1, items.size())) {
			send.param("result-" + item, "PASS");
		}
		return send;
	}

	@Test
	void aResentInspectionIsSignedOnceWithOneHazard() throws Exception {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		List<Long> items = fixture.items("FIRE", 3);
		long task = fixture.taskOf(fixture.safetyPlan("离线检查", Cadence.WEEKLY, items).id());
		String clientId = UUID.randomUUID().toString();

		mvc.perform(signed(task, items, clientId).with(demo.as("safety")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(task))
			.andExpect(jsonPath("$.clientId").value(clientId));
		mvc.perform(signed(task, items, clientId).with(demo.as("safety")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(task));

		assertThat(fixture.hazardsOf(task)).isEqualTo(1);
		assertThat(demo.jdbc()
			.sql("select count(*) from inspection.task where client_id = cast(:c as uuid) and status = 'SUBMITTED'")
			.param("c", clientId)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// a different record for the signed task is refused as already submitted
		mvc.perform(signed(task, items, UUID.randomUUID().toString()).with(demo.as("safety")).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aClientIdIsNeitherAnotherPersonsNorAnotherTasks() throws Exception {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		List<Long> items = fixture.items("FIRE", 2);
		long first = fixture.taskOf(fixture.safetyPlan("离线检查一", Cadence.WEEKLY, items).id());
		long second = fixture.taskOf(fixture.safetyPlan("离线检查二", Cadence.WEEKLY, items).id());
		String clientId = UUID.randomUUID().toString();
		mvc.perform(signed(first, items, clientId).with(demo.as("safety")).with(csrf()))
			.andExpect(status().isCreated());

		mvc.perform(signed(second, items, clientId).with(demo.as("safety")).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(signed(first, items, clientId).with(demo.as("principal2")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(demo.jdbc()
			.sql("select status from inspection.task where id = :t")
			.param("t", second)
			.query(String.class)
			.single()).isEqualTo("OPEN");
	}

	@Test
	void theTaskPageIsKeptForOfflineUseAndTheLayoutIsInstallable() throws Exception {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		long task = fixture.taskOf(fixture.safetyPlan("离线页面", Cadence.WEEKLY, fixture.items("FIRE", 2)).id());
		String page = mvc.perform(get("/inspections/tasks/{id}", task).with(demo.as("safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-sw=\"/inspections/offline-sw.js\"")
			.contains("/inspections/tasks/" + task + " ")
			.contains("name=\"clientId\"")
			.contains("rel=\"manifest\"");
		mvc.perform(get("/img/app.webmanifest")).andExpect(status().isOk());
		mvc.perform(get("/img/icon-192.png")).andExpect(status().isOk());
	}

}
