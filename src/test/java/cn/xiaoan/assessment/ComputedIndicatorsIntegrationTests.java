package cn.xiaoan.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.xiaoan.accident.AccidentKind;
import cn.xiaoan.accident.AccidentManagement;
import cn.xiaoan.accident.Injury;
import cn.xiaoan.accident.PersonKind;
import cn.xiaoan.accident.ReportAccident;
import cn.xiaoan.accident.Severity;
import cn.xiaoan.duty.DutyAssignments;
import cn.xiaoan.duty.DutyFixture;
import cn.xiaoan.duty.DutyManagement;
import cn.xiaoan.emergency.DrillManagement;
import cn.xiaoan.emergency.RecordDrill;
import cn.xiaoan.security.Facilities;
import cn.xiaoan.security.SecurityManagement;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.warning.AcknowledgeWarning;
import cn.xiaoan.warning.IssueWarning;
import cn.xiaoan.warning.WarningKind;
import cn.xiaoan.warning.WarningLevel;
import cn.xiaoan.warning.WarningManagement;
import cn.xiaoan.warning.WarningSummary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The computed indicators of ADR 0058 against real records made through each module's
 * API: a scheme of 藤县 with the one indicator (10 points) is scored, and the school's
 * figure and points follow the rule the scheme page states.
 */
@PlatformTest
class ComputedIndicatorsIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	AssessmentManagement schemes;

	@Autowired
	AssessmentScores scores;

	@Autowired
	Rankings rankings;

	@Autowired
	DrillManagement drills;

	@Autowired
	WarningManagement warnings;

	@Autowired
	AccidentManagement accidents;

	@Autowired
	SecurityManagement security;

	@Autowired
	DutyAssignments assignments;

	@Autowired
	DutyManagement duty;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Clock clock;

	@Test
	void aSchoolThatDrilledEveryMonthEarnsFullDrillMarks() {
		long school = demo.schoolOf("principal");
		AssessmentPeriod lastQuarter = AssessmentPeriod.quarterOf(LocalDate.now(clock)).previous();
		for (YearMonth m = YearMonth.from(lastQuarter.from()); !m.isAfter(YearMonth.from(lastQuarter.to())); m = m
			.plusMonths(1)) {
			LocalDate day = m.atDay(10);
			demo.runAs("principal", () -> drills
				.record(new RecordDrill(school, day, "火灾应急疏散演练", null, "全校", 300, 3, 1, 30, "", List.of())));
		}
		long scheme = scheme(IndicatorKind.DRILL_COMPLIANCE, 100);

		RankedSchool row = row(scheme, lastQuarter, school);

		int[] drill = row.others().get(IndicatorKind.DRILL_COMPLIANCE);
		assertThat(drill[1]).as("months (or the quarter) due").isPositive();
		assertThat(drill[0]).isEqualTo(drill[1]);
		assertThat(row.total()).isEqualTo(10);
	}

	@Test
	void everySchoolEarnsTheShareOfDrillPeriodsItMetAndNoneDueEarnsFullMarks() {
		long scheme = scheme(IndicatorKind.DRILL_COMPLIANCE, 100);
		AssessmentPeriod lastQuarter = AssessmentPeriod.quarterOf(LocalDate.now(clock)).previous();
		demo.runAs("tx_safety", () -> scores.compute(scheme, lastQuarter, "450422"));
		for (RankedSchool s : demo.callAs("tx_safety", () -> rankings.all(scheme, lastQuarter, "450422"))) {
			int[] f = s.figures().other(IndicatorKind.DRILL_COMPLIANCE);
			assertThat(s.total()).as(s.schoolName()).isEqualTo(share(f, 100));
		}
	}

	@Test
	void aWarningAcknowledgedAtOnceCountsOnTimeAndOneLeftUnacknowledgedCountsOnlyAsReceived() {
		long school = demo.schoolOf("principal");
		long neighbour = demo.schoolsIn("450422").stream().filter(id -> id != school).findFirst().orElseThrow();
		long scheme = scheme(IndicatorKind.WARNING_ACKNOWLEDGED, 100);
		AssessmentPeriod month = AssessmentPeriod.of(YearMonth.now(clock).toString());
		int[] before = row(scheme, month, school).figures().other(IndicatorKind.WARNING_ACKNOWLEDGED);
		int[] neighbourBefore = row(scheme, month, neighbour).figures().other(IndicatorKind.WARNING_ACKNOWLEDGED);

		WarningSummary w = demo.callAs("tx_safety",
				() -> warnings.issue(new IssueWarning(WarningKind.TYPHOON, WarningLevel.YELLOW, "台风黄色预警（考核）",
						"台风将于明日登陆。", "停止户外活动", LocalDateTime.now().plusDays(1), null, null, null)));
		demo.runAs("principal", () -> warnings.acknowledge(w.id(), new AcknowledgeWarning(List.of(1), Map.of(), "")));

		RankedSchool row = row(scheme, month, school);
		int[] after = row.figures().other(IndicatorKind.WARNING_ACKNOWLEDGED);
		int[] neighbourAfter = row(scheme, month, neighbour).figures().other(IndicatorKind.WARNING_ACKNOWLEDGED);
		assertThat(after).containsExactly(before[0] + 1, before[1] + 1);
		assertThat(neighbourAfter).containsExactly(neighbourBefore[0], neighbourBefore[1] + 1);
		assertThat(row.total()).isEqualTo(share(after, 100));
	}

	@Test
	void eachAccidentCostsItsShareOfTheWeightByGrade() {
		long school = demo.schoolOf("principal");
		long scheme = scheme(IndicatorKind.ACCIDENTS, 20);
		AssessmentPeriod month = AssessmentPeriod.of(YearMonth.now(clock).toString());
		int[] before = row(scheme, month, school).figures().other(IndicatorKind.ACCIDENTS);

		demo.runAs("principal",
				() -> accidents.report(new ReportAccident(school, LocalDateTime.now().minusHours(1).withNano(0), "操场",
						AccidentKind.values()[0], Severity.GENERAL, "体育课摔伤", "送医检查", null, true, true,
						List.of(new ReportAccident.Victim(PersonKind.STUDENT, null, "周", "七年级", 13, Injury.MINOR)))));

		RankedSchool row = row(scheme, month, school);
		int[] after = row.figures().other(IndicatorKind.ACCIDENTS);
		assertThat(after[0]).isEqualTo(before[0] + 1);
		double lost = 10 * 0.2 * (after[0] + 2.0 * after[1]) + (after[2] + after[3] > 0 ? 10 : 0);
		assertThat(row.total()).isEqualTo(Math.max(0, Math.round((10 - lost) * 100) / 100.0));
		assertThat(row.total()).isLessThan(10);
	}

	@Test
	void closedManagementAndAnAlarmAndVideoLinkedToThePoliceWinTwoThirdsOfTheHundredPercentMarks() {
		long school = demo.schoolOf("principal");
		long scheme = scheme(IndicatorKind.HUNDRED_PERCENT, 100);
		AssessmentPeriod month = AssessmentPeriod.of(YearMonth.now(clock).toString());
		demo.runAs("principal", () -> security.recordFacilities(school,
				new Facilities(false, false, false, false, false, 0, "", null)));
		int[] none = row(scheme, month, school).figures().other(IndicatorKind.HUNDRED_PERCENT);
		demo.runAs("principal",
				() -> security.recordFacilities(school, new Facilities(true, true, true, true, true, 90, "", null)));
		RankedSchool row = row(scheme, month, school);
		int[] all = row.figures().other(IndicatorKind.HUNDRED_PERCENT);

		assertThat(none[1]).isEqualTo(3);
		assertThat(all[0]).isEqualTo(none[0] + 2);
		assertThat(row.total()).isEqualTo(share(all, 100));
	}

	@Test
	void theSigningFigureIsTheSigningRatePagesCountAndEarnsItsShareOfTheTarget() throws Exception {
		DutyFixture.ensure(demo, assignments, duty);
		long school = demo.schoolOf("principal");
		long scheme = scheme(IndicatorKind.DUTY_SIGNING, 100);
		RankedSchool row = row(scheme, AssessmentPeriod.of(YearMonth.now(clock).toString()), school);

		JsonNode page = json
			.readTree(mvc.perform(get("/api/v1/duty/rates").param("region", "450422").with(demo.as("tx_safety")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		JsonNode rates = java.util.stream.StreamSupport.stream(page.get("rows").spliterator(), false)
			.filter(r -> r.get("schoolId").asLong() == school)
			.findFirst()
			.orElseThrow();
		int[] f = row.figures().other(IndicatorKind.DUTY_SIGNING);
		assertThat(f).containsExactly(rates.get("signed").asInt(), rates.get("holding").asInt());
		assertThat(f[0]).as("the fixture leaves some staff unsigned").isPositive().isLessThan(f[1]);
		assertThat(row.total()).isEqualTo(share(f, 100));
	}

	@Test
	void everySchoolEarnsItsCampaignCompletionRateUpToTheTargetAndSchoolsWithoutACampaignFullMarks() {
		long scheme = scheme(IndicatorKind.EDUCATION_COMPLETION, 80);
		AssessmentPeriod quarter = AssessmentPeriod.quarterOf(LocalDate.now(clock));
		demo.runAs("tx_safety", () -> scores.compute(scheme, quarter, "450422"));
		List<RankedSchool> rows = demo.callAs("tx_safety", () -> rankings.all(scheme, quarter, "450422"));
		assertThat(rows).as("the demo's campaigns of this quarter target 藤县's schools")
			.anyMatch(r -> r.figures().other(IndicatorKind.EDUCATION_COMPLETION)[1] > 0);
		for (RankedSchool r : rows) {
			int[] f = r.figures().other(IndicatorKind.EDUCATION_COMPLETION);
			assertThat(f[0]).isBetween(0, f[1]);
			assertThat(r.total()).as(r.schoolName()).isEqualTo(share(f, 80));
		}
	}

	/**
	 * The rule of a rate out of 10 points: full marks at the target, proportionally less
	 * below, full marks with nothing due; rounded as the stored total.
	 */
	private static double share(int[] f, double target) {
		return f[1] == 0 ? 10 : Math.round(10 * Math.min(1, 100.0 * f[0] / f[1] / target) * 100) / 100.0;
	}

	/** A scheme of 藤县 with one computed indicator of 10 points. */
	private long scheme(IndicatorKind kind, double target) {
		long id = demo.callAs("tx_safety", () -> schemes
			.define(new DefineScheme("计算指标考核方案" + (kind.ordinal() + 1), LocalDate.now(clock).getYear())));
		demo.runAs("tx_safety", () -> schemes.addIndicator(id,
				new AddIndicator("指标", kind, BigDecimal.TEN, BigDecimal.valueOf(target))));
		return id;
	}

	/** The school's row after scoring the county, as 重新计分 does. */
	private RankedSchool row(long scheme, AssessmentPeriod period, long school) {
		demo.runAs("tx_safety", () -> scores.compute(scheme, period, "450422"));
		return demo.callAs("tx_safety", () -> rankings.all(scheme, period, "450422"))
			.stream()
			.filter(r -> r.schoolId() == school)
			.findFirst()
			.orElseThrow();
	}

}
