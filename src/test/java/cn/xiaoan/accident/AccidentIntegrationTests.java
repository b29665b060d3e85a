package cn.xiaoan.accident;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import cn.xiaoan.shared.AccessDenied;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An accident's report, climb, claims, handling and statistics against a real database.
 */
@PlatformTest
class AccidentIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	AccidentManagement accidents;

	@Autowired
	AccidentHandling handling;

	@Autowired
	AccidentReads reads;

	@Autowired
	AccidentLedger ledger;

	@Autowired
	AccidentStatistics statistics;

	@Autowired
	MockMvc mvc;

	private long report(String user, Severity severity, int hoursAgo, List<ReportAccident.Victim> victims) {
		long school = demo.schoolOf("principal");
		return demo.callAs(user,
				() -> accidents
					.report(new ReportAccident(school, LocalDateTime.now().minusHours(hoursAgo).withNano(0), "教学楼东侧楼梯",
							AccidentKind.STAMPEDE, severity, "课间操下楼时拥挤", "疏散学生，送医救治", null, true, true, victims))
					.id());
	}

	private static ReportAccident.Victim hurt(String surname, Injury injury) {
		return new ReportAccident.Victim(PersonKind.STUDENT, null, surname, "七年级", 13, injury);
	}

	@Test
	void aSeriousAccidentReportedLateClimbsToTheCityWhichSeesItLate() {
		List<ReportAccident.Victim> victims = List.of(hurt("李", Injury.SERIOUS), hurt("王", Injury.DEATH),
				hurt("陈", Injury.DEATH), hurt("黄", Injury.DEATH));
		long id = report("safety", Severity.LARGER, 3, victims);
		AccidentDetail school = demo.callAs("safety", () -> reads.detail(id));
		assertThat(school.hops().get(0).lateMinutes()).isBetween(59, 61);
		assertThat(school.steps()).doesNotContain("receive", "forward");
		assertThat(demo.callAs("tx_safety", () -> reads.detail(id).steps())).containsExactly("receive", "forward");
		assertThatThrownBy(() -> demo.runAs("wz_safety", () -> accidents.receive(id)))
			.isInstanceOf(BusinessRuleViolation.class);
		demo.runAs("tx_safety", () -> accidents.forward(id));
		demo.runAs("wz_safety", () -> accidents.receive(id));
		List<AccidentLedger.LateHop> late = demo.callAs("wz_safety", () -> ledger.late());
		assertThat(late).filteredOn(l -> l.accident().id() == id)
			.extracting(AccidentLedger.LateHop::level)
			.contains(ReportLevel.SCHOOL, ReportLevel.COUNTY, ReportLevel.CITY);
		// the county sees its own and its schools' lateness, not the city's
		assertThat(demo.callAs("tx_safety", () -> ledger.late())).filteredOn(l -> l.accident().id() == id)
			.extracting(AccidentLedger.LateHop::level)
			.doesNotContain(ReportLevel.CITY);
		assertThat(demo.callAs("wz_safety", () -> reads.detail(id).victims())).extracting(v -> v.shown())
			.contains("李某", "王某");
	}

	@Test
	void aSeverityBelowWhatTheDeadAndInjuredSayIsRefused() {
		List<ReportAccident.Victim> victims = List.of(hurt("李", Injury.DEATH), hurt("王", Injury.DEATH),
				hurt("陈", Injury.DEATH));
		assertThatThrownBy(() -> report("safety", Severity.GENERAL, 1, victims))
			.isInstanceOf(BusinessRuleViolation.class)
			.satisfies(e -> assertThat(((BusinessRuleViolation) e).fieldErrors()).containsKey("severity"));
	}

	@Test
	void aTeacherReportsAndSeesOnlyWhatTheyReportedAGuardMayNotReport() {
		long id = report("teacher", Severity.GENERAL, 1, List.of(hurt("周", Injury.MINOR)));
		assertThat(demo.callAs("teacher", () -> accidents.summary(id).place())).isEqualTo("教学楼东侧楼梯");
		assertThat(demo.callAs("teacher", () -> ledger.ledger(AccidentQuery.all()).items()))
			.allSatisfy(a -> assertThat(a.place()).isEqualTo("教学楼东侧楼梯"));
		long other = report("safety", Severity.GENERAL, 1, List.of());
		assertThatThrownBy(() -> demo.callAs("teacher", () -> accidents.summary(other))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> report("guard", Severity.GENERAL, 1, List.of())).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("principal2", () -> accidents.summary(id))).isInstanceOf(NotFound.class);
	}

	@Test
	void aClaimOverTheCapPerStudentIsRefusedAndAPaidClaimLetsTheAccidentClose() {
		long id = report("safety", Severity.GENERAL, 2, List.of(hurt("赵", Injury.MINOR)));
		long victim = demo.callAs("safety", () -> reads.detail(id).victims().get(0).id());
		LocalDateTime told = LocalDateTime.now().minusHours(1).withNano(0);
		assertThatThrownBy(() -> demo.runAs("safety",
				() -> handling.recordClaim(id,
						new HandlingCommands.RecordClaim(victim, "中国人寿财产保险", "PX2026-001", told,
								new BigDecimal("300000.01")))))
			.isInstanceOf(BusinessRuleViolation.class)
			.satisfies(e -> assertThat(((BusinessRuleViolation) e).fieldErrors().get("claimYuan"))
				.isEqualTo("accident.claim.cap.student"));
		long claim = demo.callAs("safety", () -> handling.recordClaim(id,
				new HandlingCommands.RecordClaim(victim, "中国人寿财产保险", "PX2026-001", told, new BigDecimal("8000"))));
		assertThatThrownBy(
				() -> demo.runAs("safety", () -> handling.close(id, new HandlingCommands.CloseAccident("已处理完毕"))))
			.isInstanceOf(BusinessRuleViolation.class);
		demo.runAs("safety", () -> {
			handling.advanceClaim(id, claim, null);
			handling.advanceClaim(id, claim, new BigDecimal("7600"));
			handling.determineResponsibility(id, new HandlingCommands.DetermineResponsibility(Responsibility.SHARED,
					"学校疏散组织不到位，学生自身奔跑，依《学生伤害事故处理办法》第九条承担部分责任"));
			handling.close(id, new HandlingCommands.CloseAccident("伤者已康复返校，理赔完毕，整改楼梯疏散方案。"));
		});
		AccidentDetail closed = demo.callAs("safety", () -> reads.detail(id));
		assertThat(closed.accident().closed()).isTrue();
		assertThat(closed.claims().get(0).state()).isEqualTo(ClaimState.PAID);
		assertThat(closed.steps()).isEmpty();
		assertThatThrownBy(() -> demo.runAs("tx_safety",
				() -> handling.determineResponsibility(id,
						new HandlingCommands.DetermineResponsibility(Responsibility.AT_FAULT, "x"))))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void theStatisticsCountTheAccidentsOfTheLedger() {
		report("safety", Severity.GENERAL, 1, List.of(hurt("孙", Injury.MINOR)));
		AccidentStatistics.Tables tables = demo.callAs("tx_safety", () -> statistics.tables(null, null));
		long inLedger = demo.callAs("tx_safety",
				() -> ledger
					.ledger(new AccidentQuery(null, "450422", null, null, null, null, tables.from(), tables.to(), 0))
					.total());
		assertThat(tables.total().accidents()).isEqualTo(inLedger).isPositive();
		assertThat(tables.byKind().stream().mapToLong(AccidentStatistics.Row::accidents).sum()).isEqualTo(inLedger);
		assertThat(tables.byRegion().stream().mapToLong(AccidentStatistics.Row::accidents).sum()).isEqualTo(inLedger);
		AccidentStatistics.Tables city = demo.callAs("wz_safety", () -> statistics.tables(null, null));
		assertThat(city.byRegion()).extracting(AccidentStatistics.Row::region).contains("450422");
	}

	@Test
	void theApiRefusesBadInputWithFieldErrorsAndAnotherProvincesBureauSeesNothing() throws Exception {
		mvc.perform(post("/api/v1/accidents").contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + demo.schoolOf("principal") + ",\"place\":\"\"}")
			.with(demo.as("safety"))
			.with(csrf())).andExpect(status().isBadRequest());
		long id = report("safety", Severity.GENERAL, 1, List.of());
		mvc.perform(get("/api/v1/accidents/{id}", id).with(demo.as("sz_safety"))).andExpect(status().isNotFound());
		mvc.perform(get("/accidents/{id}", id).with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("教学楼东侧楼梯")));
		mvc.perform(get("/accidents/export").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(cn.xiaoan.shared.DownloadName.XLSX));
	}

}
