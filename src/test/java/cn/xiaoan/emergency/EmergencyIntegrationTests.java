package cn.xiaoan.emergency;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans and drills against PostgreSQL: scope, the policy's limits, hazards, filing,
 * compliance.
 */
@PlatformTest
class EmergencyIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	DrillManagement drills;

	@Autowired
	PlanManagement plans;

	@Autowired
	DrillCompliance compliance;

	@Autowired
	HazardManagement hazards;

	@Autowired
	MockMvc mvc;

	@Autowired
	EmergencyTodos todoSource;

	private DrillRow held(String user, int storeys, int minutes, int seconds, List<String> problems) {
		long school = demo.schoolOf(user);
		return demo.callAs(user, () -> drills.record(new RecordDrill(school, LocalDate.now(), "火灾应急疏散演练", null, "高一各班",
				400, storeys, minutes, seconds, "", problems)));
	}

	@Test
	void aDrillSlowerThanThePolicyLimitIsFlaggedOverTime() {
		DrillRow slow = held("principal2", 4, 3, 0, List.of());
		assertThat(slow.overtime()).isTrue();
		assertThat(slow.limitSeconds()).isEqualTo(120);
		DrillRow fast = held("principal2", 4, 1, 50, List.of());
		assertThat(fast.overtime()).isFalse();
		DrillRow tall = held("principal2", 6, 4, 0, List.of());
		assertThat(tall.overtime()).isFalse();
		assertThat(tall.limitSeconds()).isNull();
	}

	@Test
	void anotherSchoolsDrillIsNotFoundAndABureauSeesItsOwnSchoolsOnly() {
		long id = held("principal2", 3, 1, 30, List.of()).id();
		assertThatThrownBy(() -> demo.callAs("safety", () -> drills.drill(id))).isInstanceOf(NotFound.class);
		assertThat(demo.callAs("sz_safety", () -> drills.drill(id)).drill().id()).isEqualTo(id);
		assertThatThrownBy(
				() -> demo
					.callAs("sz_safety",
							() -> drills.record(new RecordDrill(demo.schoolOf("principal2"), LocalDate.now(), "演练",
									null, "", 1, 1, 1, 0, "", List.of()))))
			.isInstanceOf(cn.xiaoan.shared.AccessDenied.class);
	}

	@Test
	void aProblemOpensOneHazardOfTheSchoolLinkedBackToTheDrill() {
		DrillRow drill = held("principal2", 4, 2, 10, List.of("二楼西侧安全出口指示灯不亮"));
		long problem = demo.callAs("principal2", () -> drills.drill(drill.id())).problems().get(0).id();
		long hazard = demo.callAs("principal2", () -> drills.openHazard(drill.id(), problem));
		assertThat(demo.callAs("principal2", () -> hazards.summary(hazard)).title()).contains("二楼西侧安全出口指示灯不亮");
		assertThat(demo.callAs("principal2", () -> drills.drill(drill.id())).problems().get(0).hazardId())
			.isEqualTo(hazard);
		assertThatThrownBy(() -> demo.callAs("principal2", () -> drills.openHazard(drill.id(), problem)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aPlannedDrillTakesItsResultOnceAndCountsOnlyThen() {
		long school = demo.schoolOf("principal2");
		DrillRow planned = demo.callAs("principal2", () -> drills.record(
				new RecordDrill(school, LocalDate.now(), "地震应急避险疏散演练", null, "", 300, 2, null, null, "", List.of())));
		assertThat(planned.held()).isFalse();
		DrillRow done = demo.callAs("principal2",
				() -> drills.result(planned.id(), new DrillResult(1, 40, 310, "有序", List.of())));
		assertThat(done.held()).isTrue();
		assertThatThrownBy(() -> demo.callAs("principal2",
				() -> drills.result(planned.id(), new DrillResult(1, 0, 1, "", List.of()))))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aReturnedPlanIsRevisedAsANewVersionAndFiledAgain() {
		long school = demo.schoolOf("principal2");
		PlanRow plan = demo.callAs("principal2", () -> plans.start(school, PlanKind.EXTREME_WEATHER));
		demo.runAs("principal2", () -> plans.file(plan.id()));
		assertThatThrownBy(() -> demo.callAs("safety", () -> plans.accept(plan.id()))).isInstanceOf(Exception.class);
		demo.runAs("sz_safety", () -> plans.returnWith(plan.id(), "请明确雷电天气停止户外活动的通知人"));
		PlanView returned = demo.callAs("principal2", () -> plans.plan(plan.id(), null));
		assertThat(returned.plan().status()).isEqualTo(PlanStatus.RETURNED);
		assertThat(returned.steps()).containsExactly("EDIT", "FILE");
		demo.runAs("principal2",
				() -> plans.save(plan.id(),
						new SavePlan(returned.plan().title(), returned.procedures() + "\n五、雷电天气由值班行政通知各班停止户外活动。",
								"按退回意见修改", List.of("总指挥"), List.of(""), List.of("校长"), List.of("火警"), List.of("119"),
								List.of(), List.of())));
		PlanRow refiled = demo.callAs("principal2", () -> plans.file(plan.id()));
		assertThat(refiled.currentVersion()).isEqualTo(2);
		assertThat(refiled.status()).isEqualTo(PlanStatus.FILED);
		PlanView first = demo.callAs("sz_safety", () -> plans.plan(plan.id(), 1));
		assertThat(first.procedures()).doesNotContain("雷电天气由值班行政");
		assertThat(first.history()).extracting(PlanView.Event::action).containsExactly("FILED", "RETURNED", "FILED");
	}

	@Test
	void theCountysComplianceAddsUpAndListsEverySchoolWithoutADrill() {
		ComplianceTable table = demo.callAs("sz_safety", () -> compliance.table(null, YearMonth.now()));
		assertThat(table.rowsAreSchools()).isTrue();
		assertThat(table.below().stream().mapToInt(ComplianceTable.Row::schools).sum())
			.isEqualTo(table.total().schools());
		assertThat(table.missing()).hasSize(table.total().missing());
		ComplianceTable city = demo.callAs("wz_safety", () -> compliance.table(null, YearMonth.now()));
		assertThat(city.rowsAreSchools()).isFalse();
		assertThat(city.below()).extracting(ComplianceTable.Row::key).contains("450422", "450481");
		assertThatThrownBy(() -> demo.callAs("sz_safety", () -> compliance.table("450422", null)))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void theJobRemindsEachSchoolShortOfDrillsOncePerPeriod() {
		int first = demo.callAs("admin", () -> compliance.remindBeforePeriodEnd());
		int second = demo.callAs("admin", () -> compliance.remindBeforePeriodEnd());
		if (YearMonth.now().atEndOfMonth().toEpochDay() - LocalDate.now().toEpochDay() <= 5) {
			assertThat(first).isPositive();
		}
		assertThat(second).isZero();
	}

	@Test
	void theCountysToDoListsThePlansFiledForItsDecision() {
		var todos = demo.callAs("tx_safety",
				() -> todoSource.todosFor(cn.xiaoan.shared.Callers.current(), java.util.Locale.SIMPLIFIED_CHINESE, 10));
		assertThat(todos).extracting(cn.xiaoan.shared.TodoSource.Todo::title)
			.anySatisfy(t -> assertThat(t).startsWith("审核学校报备的应急预案"));
		assertThat(todos).allSatisfy(t -> assertThat(t.href()).startsWith("/"));
	}

	@Test
	void aRefusedDrillAnswersFieldErrors() throws Exception {
		mvc.perform(post("/api/v1/drills").with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + demo.schoolOf("principal2") + ",\"heldOn\":\"" + LocalDate.now().plusDays(3)
					+ "\",\"scenario\":\"\",\"headcount\":10,\"storeys\":0,\"evacuationMinutes\":2}"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/drills/compliance").with(demo.as("sz_safety")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", hasKey("schools")));
	}

}
