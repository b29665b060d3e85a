package cn.xiaoan.opinion;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.xiaoan.opinion.bulk.OpinionHistory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases of 藤县 through the API: the police liaison answers its task and reaches nothing
 * else, statements need the named approver, other tenants and teachers are refused, full
 * names stay with the opening unit, overdue tasks and missed deadlines are chased up.
 */
@PlatformTest
class OpinionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	OpinionTasks tasks;

	@Autowired
	OpinionFollowUp followUp;

	private ResultActions api(String user, String path, String json, Object... vars) throws Exception {
		return mvc.perform(post(path, vars).contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(demo.as(user))
			.with(csrf()));
	}

	private long open(String title, String severity, LocalDateTime occurred) throws Exception {
		long school = demo.schoolOf("principal");
		String body = api("tx_safety", "/api/v1/opinions",
				"{\"title\":\"" + title + "\",\"occurredAt\":\"" + occurred.withNano(0) + "\",\"severity\":\""
						+ severity + "\",\"source\":\"SOCIAL\",\"schoolIds\":[" + school
						+ "],\"approver\":\"tx_admin\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.row.id")).longValue();
	}

	private long department(long caseId, String kind, String name) throws Exception {
		String body = api("tx_safety", "/api/v1/opinions/{id}/departments",
				"{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"}", caseId)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Number> ids = JsonPath.read(body, "$.departments[?(@.name == '" + name + "')].id");
		return ids.get(0).longValue();
	}

	private ResultActions assign(long caseId, long department, String owner, LocalDateTime deadline) throws Exception {
		return api("tx_safety", "/api/v1/opinions/{id}/tasks", "{\"departmentId\":" + department
				+ ",\"title\":\"核查视频来源\",\"owner\":\"" + owner + "\",\"deadline\":\"" + deadline.withNano(0) + "\"}",
				caseId);
	}

	@Test
	void thePoliceLiaisonAnswersTheTaskAssignedToItAndReachesNothingElse() throws Exception {
		long id = open("网传学生校外冲突视频", "LARGER", LocalDateTime.now().minusHours(1));
		long police = department(id, "POLICE", "藤县公安局");
		String task = assign(id, police, "police", LocalDateTime.now().plusHours(8)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long taskId = ((Number) JsonPath.read(task, "$.id")).longValue();
		mvc.perform(get("/api/v1/opinion-tasks/{id}", taskId).with(demo.as("police")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caseTitle").value("网传学生校外冲突视频"));
		mvc.perform(get("/opinion-tasks").with(demo.as("police"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/opinions/{id}", id).with(demo.as("police"))).andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/opinions").with(demo.as("police"))).andExpect(status().isForbidden());
		api("police", "/api/v1/opinions/{id}/notes", "{\"note\":\"x\"}", id).andExpect(status().is4xxClientError());
		// the case team may not answer for the police
		api("tx_safety", "/api/v1/opinion-tasks/{id}/answer", "{\"note\":\"代答\"}", taskId)
			.andExpect(status().isForbidden());
		api("police", "/api/v1/opinion-tasks/{id}/answer", "{\"note\":\"\"}", taskId)
			.andExpect(status().isBadRequest());
		api("police", "/api/v1/opinion-tasks/{id}/answer", "{\"note\":\"已立案调查，涉事学生已由家长领回\"}", taskId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"));
		mvc.perform(get("/api/v1/opinions/{id}", id).with(demo.as("tx_safety")))
			.andExpect(jsonPath("$.timeline[*].key").value(org.hamcrest.Matchers.hasItem("opinion.timeline.answered")));
	}

	@Test
	void aStatementIsPublishedOnlyOnceTheNamedApproverApprovedItAndNeverByItsDrafter() throws Exception {
		long id = open("网传食堂饭菜变质", "MAJOR", LocalDateTime.now().minusHours(1));
		api("tx_safety", "/api/v1/opinions/{id}/statements",
				"{\"kind\":\"BULLETIN\",\"title\":\"情况通报\",\"body\":\"经核查，网传视频为去年旧视频。\"}", id)
			.andExpect(status().isCreated());
		api("tx_admin", "/api/v1/opinions/{id}/statements",
				"{\"kind\":\"RESPONSE\",\"title\":\"自拟回应\",\"body\":\"审核人自己起草的回应。\"}", id)
			.andExpect(status().isCreated());
		List<Number> ids = JsonPath.read(mvc.perform(get("/api/v1/opinions/{id}", id).with(demo.as("tx_safety")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.statements[*].id");
		long bulletin = ids.get(0).longValue(), own = ids.get(1).longValue();
		api("tx_safety", "/api/v1/opinions/{id}/statements/{s}/publish", "{}", id, bulletin)
			.andExpect(status().isBadRequest());
		api("tx_safety", "/api/v1/opinions/{id}/statements/{s}/approve", "{}", id, bulletin)
			.andExpect(status().isForbidden());
		api("tx_admin", "/api/v1/opinions/{id}/statements/{s}/approve", "{}", id, own)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.approver").exists());
		api("tx_admin", "/api/v1/opinions/{id}/statements/{s}/approve", "{}", id, bulletin).andExpect(status().isOk());
		api("tx_safety", "/api/v1/opinions/{id}/statements/{s}/publish", "{}", id, bulletin).andExpect(status().isOk())
			.andExpect(jsonPath("$.deadlines[0].stateKey").value("opinion.deadline.met"))
			.andExpect(jsonPath("$.deadlines[1].stateKey").value("opinion.deadline.running"));
		var pdf = mvc.perform(get("/opinions/{id}/report.pdf", id).with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).startsWith("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).contains(".pdf");
		PdfReader reader = new PdfReader(pdf.getContentAsByteArray());
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page));
		}
		assertThat(text.toString()).contains("经核查，网传视频为去年旧视频");
	}

	@Test
	void otherTenantsTeachersAndGuardsAreRefusedACaseAndALinkedSchoolSeesIt() throws Exception {
		long id = open("网传校门口交通事故", "GENERAL", LocalDateTime.now().minusHours(2));
		for (String user : List.of("principal2", "cz_safety", "qj_admin")) {
			mvc.perform(get("/opinions/{id}", id).with(demo.as(user))).andExpect(status().isNotFound());
			api(user, "/api/v1/opinions/{id}/notes", "{\"note\":\"探测\"}", id).andExpect(status().isNotFound());
		}
		for (String user : List.of("teacher", "guard", "headteacher", "student", "parent")) {
			mvc.perform(get("/opinions/{id}", id).with(demo.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/opinions").with(demo.as(user))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/opinions/{id}", id).with(demo.as("principal"))).andExpect(status().isOk());
		mvc.perform(get("/opinions/{id}", id).with(demo.as("wz_safety"))).andExpect(status().isOk());
		// a teacher is no task owner, and an account of another county neither
		long school = department(id, "SCHOOL", "藤县第一高级中学");
		assign(id, school, "teacher", LocalDateTime.now().plusHours(3)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.owner").exists());
		assign(id, school, "cz_safety", LocalDateTime.now().plusHours(3)).andExpect(status().isBadRequest());
		assign(id, school, "nobody", LocalDateTime.now().plusHours(3)).andExpect(status().isBadRequest());
		assign(id, school, "safety", LocalDateTime.now().minusHours(3)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.deadline").exists());
	}

	@Test
	void badInputIsAFieldErrorNeverAServerError() throws Exception {
		api("tx_safety", "/api/v1/opinions", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").exists());
		api("tx_safety", "/api/v1/opinions", "{\"title\":\"" + "长".repeat(300)
				+ "\",\"occurredAt\":\"2026-01-01T08:00\",\"severity\":\"MAJOR\",\"source\":\"MEDIA\",\"approver\":\"tx_admin\"}")
			.andExpect(status().isBadRequest());
		api("tx_safety", "/api/v1/opinions",
				"{\"title\":\"t\",\"occurredAt\":\"" + LocalDateTime.now().plusDays(2)
						+ "\",\"severity\":\"MAJOR\",\"source\":\"MEDIA\",\"approver\":\"tx_admin\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.occurredAt").exists());
		api("tx_safety", "/api/v1/opinions",
				"{\"title\":\"t\",\"occurredAt\":\"2026-01-01T08:00\",\"severity\":\"MAJOR\","
						+ "\"source\":\"MEDIA\",\"approver\":\"principal2\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.approver").exists());
		api("tx_safety", "/api/v1/opinions", "{\"title\":\"t\",\"occurredAt\":\"昨天\",\"severity\":\"HUGE\"}")
			.andExpect(status().isBadRequest());
		mvc.perform(post("/opinions").param("title", "").with(demo.as("tx_safety")).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void fullNamesAreShownToTheOpeningUnitOnly() throws Exception {
		long id = open("网传学生溺水", "LARGER", LocalDateTime.now().minusHours(3));
		api("tx_safety", "/api/v1/opinions/{id}/people", "{\"label\":\"学生王某（初二）\",\"minor\":true,\"fullName\":\"王小明\"}",
				id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people[0].fullName").value("王小明"));
		mvc.perform(get("/api/v1/opinions/{id}", id).with(demo.as("tx_admin")))
			.andExpect(jsonPath("$.people[0].fullName").value("王小明"));
		for (String user : List.of("wz_safety", "principal")) {
			String body = mvc.perform(get("/opinions/{id}", id).with(demo.as(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).contains("学生王某（初二）").doesNotContain("王小明");
		}
		api("principal", "/api/v1/opinions/{id}/people", "{\"label\":\"家长李某\",\"minor\":false,\"fullName\":\"李四\"}", id)
			.andExpect(status().isBadRequest());
	}

	@Test
	void anOverdueTaskChasesItsOwnerThenReachesTheBureauAboveAfterTheGrace() throws Exception {
		long id = open("网传校车超载", "GENERAL", LocalDateTime.now().minusHours(12));
		long department = department(id, "TRANSPORT", "藤县交通运输局");
		Instant assignedAt = Instant.now().minus(Duration.ofHours(11));
		long[] taskId = new long[1];
		OpinionHistory
			.at(assignedAt,
					() -> demo.runAs("tx_safety", () -> taskId[0] = tasks.assign(id, new AssignTask(department,
							"核查校车核载", "police",
							LocalDateTime.ofInstant(assignedAt.plus(Duration.ofHours(1)), ZoneId.systemDefault())))));
		followUp.overdueTasks();
		followUp.overdueTasks();
		long police = demo.jdbc()
			.sql("select id from people.account where username = 'police'")
			.query(Long.class)
			.single();
		assertThat(
				messages("audience_account_id = " + police + " and message_key = 'opinion.notify.overdue'", taskId[0]))
			.isEqualTo(1);
		assertThat(demo.jdbc()
			.sql("select count(*) from notification.message where audience_region = '4504'"
					+ " and message_key = 'opinion.notify.escalated' and link = :l")
			.param("l", "/opinions/" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/api/v1/opinions").param("overdue", "true").with(demo.as("tx_safety")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].overdueTasks").value(org.hamcrest.Matchers.hasItem(1)));
		var export = mvc.perform(get("/opinions/export").param("overdue", "true").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(export.getContentType()).contains("spreadsheet");
	}

	@Test
	void aMajorCaseWithoutAuthoritativeInformationInTimeIsToldToTheBureauAboveOnce() throws Exception {
		long id = open("网传教学楼火灾", "MAJOR", LocalDateTime.now().minusHours(6));
		followUp.missedDeadlines();
		followUp.missedDeadlines();
		assertThat(demo.jdbc()
			.sql("select count(*) from notification.message where audience_region = '4504'"
					+ " and message_key = 'opinion.notify.releaseMissed' and args[1] = '网传教学楼火灾'")
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/api/v1/opinions/{id}", id).with(demo.as("tx_safety")))
			.andExpect(jsonPath("$.row.late").value(true))
			.andExpect(jsonPath("$.deadlines[0].stateKey").value("opinion.deadline.missed"));
	}

	private long messages(String where, long taskId) {
		return demo.jdbc()
			.sql("select count(*) from notification.message where " + where + " and link = :l")
			.param("l", "/opinion-tasks/" + taskId)
			.query(Long.class)
			.single();
	}

}
