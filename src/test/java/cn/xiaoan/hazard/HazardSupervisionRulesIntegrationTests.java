package cn.xiaoan.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * 挂牌督办 (DOMAIN.md §3.2): a supervised hazard is accepted on site by the supervising
 * bureau before the school may close it, within the set days of the earlier of its
 * deadline and the school's request for acceptance.
 */
@PlatformTest
class HazardSupervisionRulesIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	HazardDetails details;

	@Autowired
	RectificationPlans plans;

	@Autowired
	HazardSupervision supervision;

	@Autowired
	MockMvc mvc;

	private final LocalDate today = LocalDate.now();

	/** A major hazard of the demo school with a plan until {@code planDeadline}. */
	private long major(String title, LocalDate planDeadline) {
		long school = demo.schoolOf("principal");
		long id = demo.callAs("teacher",
				() -> hazards
					.report(new ReportHazard(school, title, "", "教学楼", SafetyCategory.BUILDINGS, HazardSource.AD_HOC,
							null, null, HazardGrade.MAJOR))
					.id());
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.MAJOR, null);
		});
		demo.runAs("principal",
				() -> plans.file(id, new RectificationPlan("王校长", "加固", new BigDecimal("5000"), planDeadline, "设置围挡")));
		return id;
	}

	private LocalDate acceptanceDue(long id) {
		return demo.callAs("tx_safety", () -> details.of(id)).supervision().acceptanceDue();
	}

	@Test
	void supervisedHazardCannotCloseWithoutBureauAcceptance() throws Exception {
		long id = major("督办验收测试：围墙裂缝", today.plusDays(20));
		demo.runAs("tx_safety", () -> supervision.supervise(id, today.plusDays(20)));
		demo.runAs("safety", () -> {
			hazards.startRectification(id);
			hazards.completeRectification(id, "已加固");
		});
		assertThatThrownBy(() -> demo.runAs("principal", () -> hazards.verify(id, true, "学校自验合格")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("status", "hazard.supervised.awaitsAcceptance"));
		assertThat(demo.callAs("principal", () -> details.of(id)).steps()).doesNotContain(HazardStep.VERIFY,
				HazardStep.CLOSE);
		mvc.perform(get("/hazards/{id}", id).with(demo.as("principal")))
			.andExpect(content()
				.string(allOf(containsString("id=\"awaits-acceptance\""), containsString("须经督办单位藤县教育局现场验收"),
						not(containsString("id=\"step-verify\"")), not(containsString("id=\"step-close\"")))));
		// A hazard verified by the school before this rule (no acceptance recorded)
		// cannot be closed either.
		demo.jdbc().sql("update hazard.hazard set status = 'VERIFIED' where id = :id").param("id", id).update();
		assertThatThrownBy(() -> demo.runAs("principal", () -> hazards.close(id))).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				ex -> assertThat(ex.fieldErrors()).containsEntry("status", "hazard.supervised.awaitsAcceptance"));
		demo.jdbc()
			.sql("update hazard.hazard set status = 'AWAITING_VERIFICATION' where id = :id")
			.param("id", id)
			.update();
		demo.runAs("tx_safety", () -> hazards.verify(id, true, "现场验收合格"));
		assertThat(demo.callAs("principal", () -> details.of(id)).supervision().acceptedAt()).isNotNull();
		demo.runAs("principal", () -> hazards.close(id));
		assertThat(demo.callAs("principal", () -> hazards.summary(id)).status()).isEqualTo(HazardStatus.CLOSED);
	}

	@Test
	void theSchoolMayStillRejectTheWorkOfASupervisedHazard() {
		long id = major("督办验收测试：栏杆松动", today.plusDays(20));
		demo.runAs("tx_safety", () -> supervision.supervise(id, today.plusDays(20)));
		demo.runAs("safety", () -> {
			hazards.startRectification(id);
			hazards.completeRectification(id, "已紧固");
		});
		demo.runAs("principal", () -> hazards.verify(id, false, "仍有松动"));
		assertThat(demo.callAs("principal", () -> hazards.summary(id)).status()).isEqualTo(HazardStatus.RECTIFYING);
	}

	@Test
	void acceptanceIsDueTenDaysAfterTheHazardsOwnDeadlineWhenItIsEarlierThanTheSupervisions() {
		long id = major("督办期限测试：本身期限较早", today.plusDays(8));
		demo.runAs("tx_safety", () -> supervision.supervise(id, today.plusDays(20)));
		assertThat(acceptanceDue(id)).isEqualTo(today.plusDays(18));
	}

	@Test
	void acceptanceIsDueTenDaysAfterTheSupervisionDeadlineWhenItIsEarlierThanTheHazards() {
		long id = major("督办期限测试：督办期限较早", today.plusDays(25));
		demo.runAs("tx_safety", () -> supervision.supervise(id, today.plusDays(12)));
		assertThat(acceptanceDue(id)).isEqualTo(today.plusDays(22));
	}

	@Test
	void acceptanceIsDueTenDaysAfterTheSchoolsRequestWhenThatComesBeforeTheDeadline() {
		long id = major("督办期限测试：提前申请验收", today.plusDays(25));
		demo.runAs("tx_safety", () -> supervision.supervise(id, today.plusDays(25)));
		demo.runAs("safety", () -> {
			hazards.startRectification(id);
			hazards.completeRectification(id, "已完成，申请验收");
		});
		assertThat(acceptanceDue(id)).isEqualTo(today.plusDays(10));
	}

	@Test
	void aNewPlanCannotPushASupervisedHazardPastTheSupervisionDeadline() {
		long id = major("督办期限测试：改期", today.plusDays(10));
		demo.runAs("tx_safety", () -> supervision.supervise(id, today.plusDays(10)));
		demo.runAs("principal", () -> plans.file(id,
				new RectificationPlan("王校长", "加固", new BigDecimal("5000"), today.plusDays(40), "设置围挡")));
		assertThat(demo.callAs("principal", () -> hazards.summary(id)).deadline()).isEqualTo(today.plusDays(10));
	}

}
