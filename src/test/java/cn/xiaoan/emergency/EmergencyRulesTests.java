package cn.xiaoan.emergency;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import cn.xiaoan.org.SchoolType;
import cn.xiaoan.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of plans and drills, without the database. */
class EmergencyRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static Plan plan(PlanStatus status) {
		return new Plan(1, 2, "450422", PlanKind.FIRE, "火灾事故应急预案", status, 1, TODAY.minusDays(10), null);
	}

	@Test
	void aFourStoreyBuildingEvacuatedInThreeMinutesIsOverTime() {
		EvacuationLimit limit = new EvacuationLimit(4, 120);
		assertThat(limit.overtime(4, 180)).isTrue();
		assertThat(limit.overtime(4, 120)).isFalse();
		assertThat(limit.overtime(3, 121)).isTrue();
	}

	@Test
	void aTallerBuildingHasNoLimitOfItsOwn() {
		EvacuationLimit limit = new EvacuationLimit(4, 120);
		assertThat(limit.limitFor(5)).isNull();
		assertThat(limit.overtime(5, 400)).isFalse();
		assertThat(limit.overtime(4, null)).isFalse();
	}

	@Test
	void aKindergartenCountsItsDrillsOverTheQuarterASchoolOverTheMonth() {
		DrillPeriod quarter = DrillPeriod.of(SchoolType.KINDERGARTEN, YearMonth.of(2026, 11));
		assertThat(quarter.key()).isEqualTo("2026Q4");
		assertThat(quarter.from()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(quarter.to()).isEqualTo(LocalDate.of(2026, 12, 31));
		DrillPeriod month = DrillPeriod.of(SchoolType.SENIOR, YearMonth.of(2026, 2));
		assertThat(month.key()).isEqualTo("2026-02");
		assertThat(month.to()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(month.contains(LocalDate.of(2026, 3, 1))).isFalse();
	}

	@Test
	void aFiledPlanTakesNoNewVersionUntilTheBureauDecides() {
		Plan plan = plan(PlanStatus.DRAFT);
		plan.file();
		assertThat(plan.status).isEqualTo(PlanStatus.FILED);
		assertThat(plan.filedVersion).isEqualTo(1);
		assertThatThrownBy(() -> plan.saveVersion("新标题", TODAY)).isInstanceOf(BusinessRuleViolation.class);
		assertThat(plan.allowedSteps(true, false)).isEmpty();
		assertThat(plan.allowedSteps(false, true)).containsExactly(Plan.Step.ACCEPT, Plan.Step.RETURN);
	}

	@Test
	void aReturnedPlanNeedsCommentsAndIsRevisedThenFiledAgain() {
		Plan plan = plan(PlanStatus.FILED);
		assertThatThrownBy(() -> plan.returnWith("  ")).isInstanceOf(BusinessRuleViolation.class);
		plan.returnWith("请补充食品封存组人员");
		assertThat(plan.status).isEqualTo(PlanStatus.RETURNED);
		plan.saveVersion("火灾事故应急预案", TODAY);
		assertThat(plan.currentVersion).isEqualTo(2);
		assertThat(plan.status).isEqualTo(PlanStatus.DRAFT);
		plan.file();
		assertThat(plan.filedVersion).isEqualTo(2);
	}

	@Test
	void anAcceptedPlanIsNotFiledTwiceButARevisionMustBe() {
		Plan plan = plan(PlanStatus.ACCEPTED);
		assertThatThrownBy(plan::file).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(plan::accept).isInstanceOf(BusinessRuleViolation.class);
		plan.saveVersion("火灾事故应急预案", TODAY);
		assertThat(plan.allowedSteps(true, false)).containsExactly(Plan.Step.EDIT, Plan.Step.FILE);
	}

	@Test
	void aPlanIsDueForReviewAYearAfterItsLastVersion() {
		Plan plan = new Plan(1, 2, "450422", PlanKind.FIRE, "t", PlanStatus.ACCEPTED, 3, TODAY.minusDays(365), 3);
		assertThat(plan.reviewDue(TODAY, 365)).isTrue();
		assertThat(plan.reviewDue(TODAY.minusDays(1), 365)).isFalse();
		plan.saveVersion("t", TODAY);
		assertThat(plan.reviewDueOn(365)).isEqualTo(TODAY.plusDays(365));
	}

	@Test
	void aRouteHasTwoToFortyPointsOnThePlan() {
		assertThat(EvacuationRoute.normalise("10,20 30.55,40")).isEqualTo("10,20 30.6,40");
		assertThat(EvacuationRoute.normalise("10,20")).isNull();
		assertThat(EvacuationRoute.normalise("10,20 101,5")).isNull();
		assertThat(EvacuationRoute.normalise("a,b c,d")).isNull();
		assertThat(new EvacuationRoute("东梯", "10,20 50,50").svgPoints(1000, 500)).isEqualTo("100,100 500,250");
	}

	@Test
	void everyKindHasATemplateWithOrganisationContactsAndProcedures() {
		for (PlanKind kind : PlanKind.values()) {
			PlanTemplate t = PlanTemplate.of(kind);
			assertThat(t.title()).as(kind.name()).endsWith("预案");
			assertThat(t.members()).extracting(PlanMember::roleName).contains("总指挥", "疏散引导组", "医疗救护组", "通讯联络组");
			assertThat(t.contacts()).extracting(PlanContact::phone).contains("119", "120", "110");
			assertThat(t.procedures()).startsWith("一、总则").contains("二、");
		}
	}

	@Test
	void aPlanFormDropsBlankRowsAndRefusesABadPhone() {
		SavePlan ok = new SavePlan("t", "p", "", List.of("总指挥", ""), List.of("7", ""), List.of("全面指挥", ""),
				List.of("火警", ""), List.of("119", ""), List.of(), List.of());
		assertThat(ok.members()).singleElement().extracting(PlanMember::staffId).isEqualTo(7L);
		assertThat(ok.contacts()).hasSize(1);
		SavePlan bad = new SavePlan("t", "p", "", List.of(), List.of(), List.of(), List.of("火警"), List.of("一一九"),
				List.of(), List.of());
		assertThatThrownBy(bad::contacts).isInstanceOf(BusinessRuleViolation.class);
		assertThat(Arrays.asList(PlanKind.values())).hasSize(11);
	}

}
