package cn.xiaoan.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans generate their tasks once; a signed submission opens one hazard per failed item.
 */
@PlatformTest
class InspectionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	InspectionManagement inspections;

	@Autowired
	TaskGenerator generator;

	InspectionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new InspectionFixture(demo, inspections);
	}

	@Test
	void theLibraryHoldsAtLeast300ItemsInEveryCategoryWithTheirBasis() {
		List<ChecklistItem> items = demo.callAs("safety", () -> inspections.library(null));
		assertThat(items).hasSizeGreaterThanOrEqualTo(300);
		assertThat(items).extracting(ChecklistItem::category)
			.containsAll(List.of(cn.xiaoan.shared.SafetyCategory.values()));
		assertThat(items).allSatisfy(i -> assertThat(i.basis()).contains("《"));
		assertThat(items).extracting(ChecklistItem::suggestedGrade).contains(cn.xiaoan.hazard.HazardGrade.MAJOR);
	}

	@Test
	void aPlanGeneratesTheCurrentTaskOnceEvenWhenTwoRunsRaceForTheNextPeriod() throws Exception {
		PlanView plan = fixture.safetyPlan("每月安全大检查", Cadence.MONTHLY, fixture.items("BUILDINGS", 3));
		assertThat(fixture.taskOf(plan.id())).isPositive();

		LocalDate nextMonth = LocalDate.now().plusMonths(1);
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = List.of(pool.submit(() -> {
				start.await();
				return generator.generateDueTasks(nextMonth);
			}), pool.submit(() -> {
				start.await();
				return generator.generateDueTasks(nextMonth);
			}));
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		generator.generateDueTasks(nextMonth);

		Map<String, Object> counts = demo.jdbc().sql("""
				select count(*) as tasks, count(distinct period_key) as periods,
				       (select count(*) from inspection.task_item ti join inspection.task t on t.id = ti.task_id
				        where t.plan_id = :p) as items
				from inspection.task where plan_id = :p""").param("p", plan.id()).query().singleRow();
		assertThat(counts).containsEntry("tasks", 2L).containsEntry("periods", 2L).containsEntry("items", 6L);
	}

	@Test
	void theSafetyOfficerSubmitsOneFailedItemAndExactlyOneHazardIsReported() throws Exception {
		List<Long> items = fixture.items("FIRE", 3);
		PlanView plan = fixture.safetyPlan("消防周检", Cadence.WEEKLY, items);
		long task = fixture.taskOf(plan.id());

		mvc.perform(get("/api/v1/inspections/tasks").with(demo.as("safety")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + task + ")]").exists());

		String body = """
				{"confirmed": true, "answers": [
				 {"itemId": %d, "result": "FAIL", "note": "二楼东侧灭火器压力指针在红区", "location": "教学楼二楼"},
				 {"itemId": %d, "result": "PASS"}, {"itemId": %d, "result": "NOT_APPLICABLE"}]}"""
			.formatted(items.get(0), items.get(1), items.get(2));
		mvc.perform(post("/api/v1/inspections/tasks/{id}/submission", task).with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.task.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.task.signedUsername").value("safety"))
			.andExpect(jsonPath("$.task.failedCount").value(1));

		Map<String, Object> hazard = demo.jdbc()
			.sql("select source, status, checklist_item_id, school_id, suggested_grade, found_by_name "
					+ "from hazard.hazard where inspection_task_id = :t")
			.param("t", task)
			.query()
			.singleRow();
		assertThat(hazard).containsEntry("source", "INSPECTION")
			.containsEntry("status", "REPORTED")
			.containsEntry("checklist_item_id", items.get(0))
			.containsEntry("school_id", demo.schoolOf("safety"));
		assertThat(demo.jdbc()
			.sql("select hazard_id from inspection.task_item where task_id = :t and item_id = :i")
			.param("t", task)
			.param("i", items.get(0))
			.query(Long.class)
			.single()).isPositive();

		// Resubmitting a signed task is refused and opens no further hazard.
		mvc.perform(post("/api/v1/inspections/tasks/{id}/submission", task).with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.task").exists());
		assertThat(fixture.hazardsOf(task)).isEqualTo(1);
	}

	@Test
	void aCountySpotCheckOpensSpotCheckHazardsAndOnlyTheOfficialSignsIt() throws Exception {
		long school = demo.schoolOf("safety");
		List<Long> items = fixture.items("CANTEEN", 2);
		String created = mvc
			.perform(post("/api/v1/inspections/spot-checks").with(demo.as("tx_safety"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"schoolId\": %d, \"itemIds\": [%d, %d]}".formatted(school, items.get(0), items.get(1))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.spotCheck").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long task = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		String body = """
				{"confirmed": true, "answers": [
				 {"itemId": %d, "result": "FAIL", "note": "留样不足125克"},
				 {"itemId": %d, "result": "FAIL", "note": "冷藏留样未满48小时即丢弃"}]}""".formatted(items.get(0), items.get(1));

		mvc.perform(post("/api/v1/inspections/tasks/{id}/submission", task).with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inspections/tasks/{id}/submission", task).with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());

		assertThat(demo.jdbc()
			.sql("select source from hazard.hazard where inspection_task_id = :t")
			.param("t", task)
			.query(String.class)
			.list()).containsExactly("SPOT_CHECK", "SPOT_CHECK");
		mvc.perform(get("/api/v1/inspections/overview").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.schoolId == " + school + ")].submitted").exists());
	}

	@Test
	void theTaskPageSubmitsTheFormAndShowsTheSignature() throws Exception {
		List<Long> items = fixture.items("SECURITY", 2);
		long task = fixture.taskOf(fixture.safetyPlan("门卫日查", Cadence.DAILY, items).id());
		mvc.perform(post("/inspections/tasks/{id}", task).with(demo.as("safety"))
			.with(csrf())
			.param("result-" + items.get(0), "FAIL")
			.param("note-" + items.get(0), "")
			.param("result-" + items.get(1), "PASS"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("不合格项须填写问题描述")));
		assertThat(fixture.hazardsOf(task)).isZero();

		mvc.perform(post("/inspections/tasks/{id}", task).with(demo.as("safety"))
			.with(csrf())
			.param("result-" + items.get(0), "FAIL")
			.param("note-" + items.get(0), "保安未佩戴防暴头盔")
			.param("result-" + items.get(1), "PASS")
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(fixture.hazardsOf(task)).isEqualTo(1);
		mvc.perform(get("/inspections/tasks/{id}", task).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("签字提交")));
	}

}
