package cn.xiaoan.inspection;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad submissions and plans answer 400 with field errors and change nothing. */
@PlatformTest
class InspectionBadInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	InspectionManagement inspections;

	InspectionFixture fixture;

	List<Long> items;

	long task;

	@BeforeEach
	void openTask() {
		fixture = new InspectionFixture(demo, inspections);
		items = fixture.items("HEALTH", 2);
		task = fixture.taskOf(fixture.safetyPlan("卫生检查", Cadence.ONE_OFF, items).id());
	}

	private ResultActions submit(String json) throws Exception {
		return mvc.perform(post("/api/v1/inspections/tasks/{id}/submission", task).with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private void nothingChanged() {
		assertThat(fixture.hazardsOf(task)).isZero();
		assertThat(demo.jdbc()
			.sql("select status from inspection.task where id = :t")
			.param("t", task)
			.query(String.class)
			.single()).isEqualTo("OPEN");
	}

	@Test
	void unknownItemIdsAreRefused() throws Exception {
		submit("""
				{"confirmed": true, "answers": [{"itemId": %d, "result": "PASS"}, {"itemId": %d, "result": "PASS"},
				 {"itemId": 987654321, "result": "FAIL", "note": "x"}]}""".formatted(items.get(0), items.get(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.answers").value("包含不属于本任务的检查项"));
		nothingChanged();
	}

	@Test
	void missingResultsAreRefused() throws Exception {
		submit("""
				{"confirmed": true, "answers": [{"itemId": %d, "result": "FAIL", "note": "洗手液缺失"}]}"""
			.formatted(items.get(0))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['answers[%d].result']".formatted(items.get(1))).exists());
		submit("{\"confirmed\": true}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.answers").exists());
		nothingChanged();
	}

	@Test
	void oversizeNotesAndMissingSignatureAreRefused() throws Exception {
		submit("""
				{"confirmed": false, "answers": [{"itemId": %d, "result": "FAIL", "note": "%s"},
				 {"itemId": %d, "result": "PASS", "location": "%s"}]}""".formatted(items.get(0), "长".repeat(501),
				items.get(1), "楼".repeat(101)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['answers[%d].note']".formatted(items.get(0))).value("问题描述不能超过500字"))
			.andExpect(jsonPath("$.errors['answers[%d].location']".formatted(items.get(1))).exists())
			.andExpect(jsonPath("$.errors.confirmed").exists());
		nothingChanged();
	}

	@Test
	void anUnreadableResultIsRefused() throws Exception {
		submit("""
				{"confirmed": true, "answers": [{"itemId": %d, "result": "MAYBE"}]}""".formatted(items.get(0)))
			.andExpect(status().isBadRequest());
		nothingChanged();
	}

	@Test
	void aPlanWithUnknownItemsOrNoNameIsRefused() throws Exception {
		mvc.perform(post("/api/v1/inspections/plans").with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "", "cadence": "WEEKLY", "itemIds": [987654321], "inspectorRole": "GUARD"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").exists())
			.andExpect(jsonPath("$.errors.itemIds").value("包含不存在或不可见的检查项"));
		mvc.perform(post("/api/v1/inspections/plans").with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "周检", "cadence": "WEEKLY", "categories": ["FIRE"], "inspectorRole": "PARENT"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.inspectorRole").exists());
		mvc.perform(post("/api/v1/inspections/plans").with(demo.as("teacher"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "周检", "cadence": "WEEKLY", "categories": ["FIRE"], "inspectorRole": "GUARD"}"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyBureauAdministratorsAddLibraryItemsAndTheyMustBeComplete() throws Exception {
		mvc.perform(post("/api/v1/inspections/library").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"category\": \"FIRE\", \"text\": \"\", \"basis\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.text").exists())
			.andExpect(jsonPath("$.errors.basis").exists())
			.andExpect(jsonPath("$.errors.suggestedGrade").exists());
		mvc.perform(post("/api/v1/inspections/library").with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"category\": \"FIRE\", \"text\": \"县级检查项\", \"basis\": \"藤县规定\", \"suggestedGrade\": \"GENERAL\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inspections/library").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"category\": \"FIRE\", \"text\": \"汛期前检查校内排水沟\", \"basis\": \"《藤县学校防汛工作要求》\", "
					+ "\"suggestedGrade\": \"GENERAL\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCode").value("450422"));
		assertThat(demo.callAs("safety", () -> inspections.library(cn.xiaoan.shared.SafetyCategory.FIRE)))
			.extracting(ChecklistItem::text)
			.contains("汛期前检查校内排水沟");
		assertThat(demo.callAs("principal2", () -> inspections.library(cn.xiaoan.shared.SafetyCategory.FIRE)))
			.extracting(ChecklistItem::text)
			.doesNotContain("汛期前检查校内排水沟");
	}

}
