package cn.xiaoan.inspection;

import java.time.YearMonth;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's "本月排查": the inspections of the caller's scope due this month and how
 * many are submitted — a school's task counts for its county and city, not elsewhere.
 */
@PlatformTest
class InspectionCompletionIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	InspectionManagement inspections;

	@Test
	void theMonthCountsTheTasksOfTheScopeDueThisMonthAndThoseSubmitted() {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		List<String> users = List.of("tx_safety", "wz_safety", "principal", "principal2");
		List<InspectionCompletion> before = users.stream()
			.map(u -> demo.callAs(u, inspections::completionThisMonth))
			.toList();
		List<Long> items = fixture.items("FIRE", 1);
		long task = fixture.taskOf(fixture.safetyPlan("本月排查完成率：消防检查", Cadence.MONTHLY, items).id());
		List<InspectionCompletion> due = users.stream()
			.map(u -> demo.callAs(u, inspections::completionThisMonth))
			.toList();
		demo.runAs("safety", () -> inspections.submit(task, new SubmitInspection(
				List.of(new SubmitInspection.Answer(items.get(0), ItemResult.PASS, "", "")), true)));
		List<InspectionCompletion> after = users.stream()
			.map(u -> demo.callAs(u, inspections::completionThisMonth))
			.toList();

		for (int i = 0; i < 3; i++) {
			assertThat(due.get(i).month()).isEqualTo(YearMonth.now());
			assertThat(due.get(i).due()).as(users.get(i)).isEqualTo(before.get(i).due() + 1);
			assertThat(due.get(i).done()).as(users.get(i)).isEqualTo(before.get(i).done());
			assertThat(after.get(i).done()).as(users.get(i)).isEqualTo(before.get(i).done() + 1);
		}
		assertThat(after.get(3)).as("another county's school").isEqualTo(before.get(3));
		assertThat(after.get(0).due()).isEqualTo(demo.jdbc()
			.sql("select count(*) from inspection.task where region_code like '450422%' and due_date between :a and :b")
			.param("a", YearMonth.now().atDay(1))
			.param("b", YearMonth.now().atEndOfMonth())
			.query(Integer.class)
			.single());
		assertThat(after.get(0).percent()).isBetween(1, 100);
	}

}
