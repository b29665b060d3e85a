package cn.xiaoan.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change of a hazard's status, grade or deadline tells its whole state
 * ({@link HazardStatusChanged}) with a version that rises with each change, as the row
 * holds it — what the installation above keeps the newest of (ADR 0066).
 */
@PlatformTest
@RecordApplicationEvents
class HazardStatusChangedIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	RectificationPlans plans;

	@Autowired
	ApplicationEvents events;

	@Autowired
	HazardSupervision supervision;

	@Autowired
	HazardEscalation escalation;

	@Test
	void everyChangeOfStatusGradeOrDeadlineTellsTheWholeStateWithARisingVersion() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long school = demo.schoolOf("principal");
		long id = demo.callAs("safety",
				() -> hazards
					.report(new ReportHazard(school, "状态事件：配电箱未上锁", "配电箱未上锁", "", SafetyCategory.FIRE,
							HazardSource.AD_HOC, null, null, HazardGrade.GENERAL))
					.id());
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.GENERAL, today.plusDays(5));
			plans.file(id, new RectificationPlan("李老师", "配电箱加锁", new BigDecimal("200.00"), today.plusDays(3), "设警示牌"));
			hazards.startRectification(id);
			hazards.completeRectification(id, "已加锁");
		});
		demo.runAs("principal", () -> {
			hazards.verify(id, true, "合格");
			hazards.close(id);
		});

		List<HazardStatusChanged> states = events.stream(HazardStatusChanged.class)
			.filter(e -> e.hazardId() == id)
			.toList();
		assertThat(states).extracting(HazardStatusChanged::status)
			.containsExactly(HazardStatus.REPORTED, HazardStatus.REGISTERED, HazardStatus.GRADED, HazardStatus.GRADED,
					HazardStatus.RECTIFYING, HazardStatus.AWAITING_VERIFICATION, HazardStatus.VERIFIED,
					HazardStatus.CLOSED);
		assertThat(states).extracting(HazardStatusChanged::version).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(states).extracting(HazardStatusChanged::deadline)
			.as("set at report, by grading, by the plan")
			.containsSubsequence(today.plusDays(5), today.plusDays(3));
		assertThat(states.get(0).deadline()).isNotNull();
		assertThat(states.get(0).grade()).isNull();
		assertThat(states.get(0).gradeKnown()).isEqualTo(HazardGrade.GENERAL);
		HazardStatusChanged last = states.get(states.size() - 1);
		assertThat(last.closedAt()).isNotNull();
		assertThat(last.number()).isEqualTo(HazardSummary.number(id));
		assertThat(last.version()).isEqualTo(demo.jdbc()
			.sql("select version from hazard.hazard where id = :id")
			.param("id", id)
			.query(Long.class)
			.single());
	}

	/**
	 * ADR 0068: listing for 挂牌督办, a rise of escalation and the bureau's acceptance on
	 * site are changes of the state too, each with its own version; the state carries the
	 * supervision (bureau, notice, deadline, acceptance) and the level reached.
	 */
	@Test
	void listingForSupervisionEscalatingAndAcceptingOnSiteEachTellTheStateWithSupervisionAndLevel() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long school = demo.schoolOf("principal");
		long id = demo.callAs("safety",
				() -> hazards
					.report(new ReportHazard(school, "督办状态：围墙开裂", "围墙开裂", "", SafetyCategory.BUILDINGS,
							HazardSource.AD_HOC, null, null, HazardGrade.MAJOR))
					.id());
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.MAJOR, today.plusDays(30));
		});
		demo.runAs("tx_safety", () -> supervision.supervise(id, today.plusDays(10)));
		HazardStatusChanged listed = last(id);
		assertThat(listed.supervision()).isNotNull().satisfies(s -> {
			assertThat(s.bureauRegion()).isEqualTo("450422");
			assertThat(s.bureauLevel()).isEqualTo(cn.xiaoan.shared.RegionCode.Level.COUNTY);
			assertThat(s.deadline()).isEqualTo(today.plusDays(10));
			assertThat(s.noticeNo()).endsWith(HazardSummary.number(id));
			assertThat(s.acceptedAt()).isNull();
		});
		assertThat(listed.deadline()).as("the 督办's deadline shortens the hazard's").isEqualTo(today.plusDays(10));
		assertThat(listed.escalation()).isEqualTo(EscalationLevel.SCHOOL);

		// overdue, then raised a level by the job
		demo.jdbc()
			.sql("update hazard.hazard set deadline = :d where id = :id")
			.param("d", today.minusDays(5))
			.param("id", id)
			.update();
		escalation.escalateOverdue();
		HazardStatusChanged raised = last(id);
		assertThat(raised.version()).isGreaterThan(listed.version());
		assertThat(raised.escalation()).isNotEqualTo(EscalationLevel.SCHOOL)
			.isEqualTo(EscalationLevel.valueOf(demo.jdbc()
				.sql("select escalation_level from hazard.hazard where id = :id")
				.param("id", id)
				.query(String.class)
				.single()));

		demo.runAs("safety", () -> {
			plans.file(id, new RectificationPlan("李老师", "围墙加固", new BigDecimal("5000.00"), today.plusDays(5), "设警戒线"));
			hazards.startRectification(id);
			hazards.completeRectification(id, "已加固");
		});
		demo.runAs("tx_safety", () -> supervision.accept(id, "现场验收合格"));
		HazardStatusChanged accepted = last(id);
		assertThat(accepted.status()).isEqualTo(HazardStatus.VERIFIED);
		assertThat(accepted.supervision().acceptedAt()).as("the acceptance travels with the step").isNotNull();
		assertThat(accepted.escalation()).isEqualTo(raised.escalation());
		assertThat(events.stream(HazardStatusChanged.class).filter(e -> e.hazardId() == id))
			.extracting(HazardStatusChanged::version)
			.isSorted()
			.doesNotHaveDuplicates();
	}

	private HazardStatusChanged last(long id) {
		List<HazardStatusChanged> states = events.stream(HazardStatusChanged.class)
			.filter(e -> e.hazardId() == id)
			.toList();
		return states.get(states.size() - 1);
	}

}
