package cn.xiaoan.inspection;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.SchoolCalendar;
import cn.xiaoan.shared.Role;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Semesters and the spot-check window come from the policy of the school's region: 云南
 * (530000) overrides them, 广西 keeps the national defaults.
 */
@PlatformTest
class InspectionCalendarIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	InspectionManagement inspections;

	@Autowired
	PolicyManagement policy;

	@AfterEach
	void removeYunnanOverridesAndPlans() {
		demo.jdbc().sql("delete from policy.override where region_code like '53%'").update();
		// the scope tests expect no plan of 云南's accounts
		demo.jdbc().sql("""
				with p as (select distinct plan_id as id from inspection.task where region_code like '53%'),
				     t as (delete from inspection.task where plan_id in (select id from p) returning plan_id)
				delete from inspection.plan where id in (select plan_id from t)""").update();
	}

	@Test
	void aSpotCheckStaysOpenForTheDaysItsRegionSets() {
		demo.runAs("yn_admin", () -> policy.override(PolicySetting.SPOT_CHECK_WINDOW_DAYS, "530000", "3", "省办法"));
		long school = demo.schoolOf("principal2");
		TaskView task = demo.callAs("yn_admin",
				() -> inspections.spotCheck(new SpotCheck(school, List.of(SafetyCategory.FIRE), List.of())));
		assertThat(task.dueDate()).isEqualTo(LocalDate.now().plusDays(2));
		long guangxi = demo.schoolOf("principal");
		TaskView national = demo.callAs("tx_admin",
				() -> inspections.spotCheck(new SpotCheck(guangxi, List.of(SafetyCategory.FIRE), List.of())));
		assertThat(national.dueDate()).isEqualTo(LocalDate.now().plusDays(6));
	}

	@Test
	void aSemesterPlanFollowsTheSpringSemesterStartOfItsRegion() {
		demo.runAs("yn_admin", () -> policy.override(PolicySetting.SPRING_SEMESTER_STARTS, "530000", "02-16", "省校历"));
		PlanView plan = demo.callAs("principal2", () -> inspections.createPlan(new NewPlan("学期安全大排查", Cadence.SEMESTER,
				List.of(SafetyCategory.FIRE), List.of(), Role.SCHOOL_SAFETY_OFFICER, false, List.of())));
		TaskView task = demo.callAs("principal2",
				() -> inspections.tasks(false).stream().filter(t -> t.planId() == plan.id()).findFirst().orElseThrow());
		SchoolCalendar.Semester expected = new SchoolCalendar(MonthDay.of(9, 1), MonthDay.of(2, 16))
			.semesterOf(LocalDate.now());
		assertThat(task.periodKey()).isEqualTo(expected.key());
		assertThat(task.dueDate()).isEqualTo(expected.end());
	}

}
