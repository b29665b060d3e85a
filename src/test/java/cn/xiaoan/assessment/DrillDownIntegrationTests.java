package cn.xiaoan.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.xiaoan.bullying.BullyingKind;
import cn.xiaoan.bullying.BullyingManagement;
import cn.xiaoan.bullying.BullyingReports;
import cn.xiaoan.bullying.DecideCase;
import cn.xiaoan.bullying.ReportBullying;
import cn.xiaoan.bullying.Severity;
import cn.xiaoan.duty.DutyAssignments;
import cn.xiaoan.duty.DutyFixture;
import cn.xiaoan.duty.DutyManagement;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static cn.xiaoan.assessment.Markup.between;
import static cn.xiaoan.assessment.Markup.count;
import static cn.xiaoan.assessment.Markup.sum;
import static cn.xiaoan.assessment.Markup.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every number drills down to its records (issue 15): for a school with mixed records,
 * the figure a computed indicator shows on the school's score page is the count of the
 * list its link opens — filtered to the school and the period, or, for the states of the
 * day scored (三个100%, duty signing), the school's page of that state; and a school of
 * another county is refused, not silently shown unfiltered.
 */
@PlatformTest
class DrillDownIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	AssessmentManagement schemes;

	@Autowired
	AssessmentScores scores;

	@Autowired
	WarningManagement warnings;

	@Autowired
	BullyingReports bullyingReports;

	@Autowired
	BullyingManagement bullying;

	@Autowired
	SecurityManagement security;

	@Autowired
	DutyAssignments assignments;

	@Autowired
	DutyManagement duty;

	@Autowired
	MockMvc mvc;

	private final String month = YearMonth.now().toString();

	@Test
	void theWarningFigureIsTheSchoolsWarningsOfThePeriodWithThoseAcknowledgedOnTimeMarked() throws Exception {
		long school = demo.schoolOf("principal");
		WarningSummary onTime = issue("暴雨蓝色预警（下钻）");
		WarningSummary late = issue("高温黄色预警（下钻）");
		WarningSummary unacknowledged = issue("大风蓝色预警（下钻，未签收）");
		demo.runAs("principal", () -> {
			warnings.acknowledge(onTime.id(), new AcknowledgeWarning(List.of(1), Map.of(), ""));
			warnings.acknowledge(late.id(), new AcknowledgeWarning(List.of(1), Map.of(), ""));
		});
		// the second acknowledgement came after the chase interval ran out
		demo.ownerJdbc()
			.sql("""
					update warning.target t set acknowledged_at = w.issued_at + make_interval(mins => w.chase_after_min + 5)
					from warning.warning w where w.id = t.warning_id and t.warning_id = :w and t.school_id = :s""")
			.param("w", late.id())
			.param("s", school)
			.update();

		Figure figure = figure(IndicatorKind.WARNING_ACKNOWLEDGED, school);
		assertThat(figure.href()).contains("schoolId=" + school).contains("from=").contains("to=");
		String list = page(figure.href(), "tx_safety");

		assertListCountsAsTheFigure(list, "<tr id=\"warning-", figure);
		assertThat(list).contains("id=\"warning-" + onTime.id() + "\"", "id=\"warning-" + late.id() + "\"",
				"id=\"warning-" + unacknowledged.id() + "\"");
		assertThat(between(list, "id=\"warning-" + onTime.id() + "\"", "</tr>")).contains("marked-on-time");
		assertThat(between(list, "id=\"warning-" + late.id() + "\"", "</tr>")).doesNotContain("marked-on-time");
		assertThat(list).contains(schoolName(school));
	}

	@Test
	void theCampaignFiguresAreTheSumsOfTheSchoolsCampaignsOfThePeriod() throws Exception {
		long school = demo.schoolOf("principal");
		String quarter = AssessmentPeriod.quarterOf(LocalDate.now()).key();
		for (IndicatorKind kind : List.of(IndicatorKind.EDUCATION_COMPLETION, IndicatorKind.EDUCATION_PASS)) {
			Figure figure = figure(kind, school, quarter);
			String list = page(figure.href(), "tx_safety");
			String shown = text(list, kind == IndicatorKind.EDUCATION_COMPLETION ? "completion-figure" : "pass-figure");
			assertThat(shown).as(kind.name()).isEqualTo(figure.text());
			int[] sums = kind == IndicatorKind.EDUCATION_COMPLETION
					? new int[] { sum(list, "c-completed"), sum(list, "c-targeted") }
					: new int[] { sum(list, "c-passed"), sum(list, "c-took") };
			assertThat(sums).as(kind.name()).containsExactly(figure.parts());
		}
		assertThat(figure(IndicatorKind.EDUCATION_COMPLETION, school, quarter).parts()[1])
			.as("the demo's campaigns of this quarter target the school")
			.isPositive();
	}

	@Test
	void theBullyingFigureIsTheSchoolsCasesDueInThePeriodWithThoseDecidedOnTimeMarked() throws Exception {
		long school = demo.schoolOf("principal");
		// all opened today, in this month: two made due before today
		long decidedLate = report("被索要零花钱（下钻）");
		long decidedOnTime = report("被起绰号（下钻）");
		long overdue = report("被孤立（下钻，逾期未认定）");
		long notDue = report("推搡（下钻，未到期）");
		for (long id : List.of(decidedLate, overdue)) {
			demo.ownerJdbc()
				.sql("update bullying.bullying_case set decision_due = current_date - 2 where id = :id")
				.param("id", id)
				.update();
		}
		for (long id : List.of(decidedLate, decidedOnTime)) {
			demo.runAs("principal",
					() -> bullying.decide(id, new DecideCase(true, BullyingKind.VERBAL, Severity.GENERAL, "认定")));
		}

		Figure figure = figure(IndicatorKind.BULLYING_ON_TIME, school);
		String list = page(figure.href(), "tx_safety");

		assertListCountsAsTheFigure(list, "class=\"case-row", figure);
		for (long counted : List.of(decidedLate, decidedOnTime, overdue)) {
			assertThat(list).contains("data-case=\"" + counted + "\"");
		}
		assertThat(list).as("an undecided case not yet due is not counted")
			.doesNotContain("data-case=\"" + notDue + "\"");
		assertThat(between(list, "data-case=\"" + decidedOnTime + "\"", "</tr>")).contains("marked-on-time");
		assertThat(between(list, "data-case=\"" + decidedLate + "\"", "</tr>")).doesNotContain("marked-on-time");
		assertThat(list).as("students by initials only").doesNotContain("罗思琪").contains("罗**");
	}

	@Test
	void theHundredPercentFigureIsTheSchoolsStateTodayAndSaysSo() throws Exception {
		long school = demo.schoolOf("principal");
		demo.runAs("principal",
				() -> security.recordFacilities(school, new Facilities(true, false, false, false, false, 0, "", null)));

		Figure figure = figure(IndicatorKind.HUNDRED_PERCENT, school);
		assertThat(figure.href()).isEqualTo("/schools/" + school + "/security");
		assertThat(figure.row()).contains("as-of-scoring");
		String state = page(figure.href(), "tx_safety");
		assertThat(text(state, "hundred-met")).isEqualTo(figure.text());
		assertThat(count(state, "hundred-ok")).isEqualTo(figure.parts()[0]);
		assertThat(figure.parts()[0]).as("closed management met, the alarm not").isBetween(1, 2);
	}

	@Test
	void theSigningFigureIsTheSchoolsSigningSheetTodayAndSaysSo() throws Exception {
		DutyFixture.ensure(demo, assignments, duty);
		long school = demo.schoolOf("principal");

		Figure figure = figure(IndicatorKind.DUTY_SIGNING, school);
		assertThat(figure.href()).isEqualTo("/duty/schools/" + school);
		assertThat(figure.row()).contains("as-of-scoring");
		String state = page(figure.href(), "tx_safety");
		assertThat(figure.parts()).containsExactly(Integer.parseInt(text(state, "signed-count")),
				Integer.parseInt(text(state, "holding-count")));
		assertThat(figure.parts()[0]).as("the fixture leaves some staff unsigned").isLessThan(figure.parts()[1]);
	}

	@Test
	void theRankingSaysWhichFiguresAreTheStateWhenScored() throws Exception {
		long scheme = scheme(IndicatorKind.HUNDRED_PERCENT, IndicatorKind.WARNING_ACKNOWLEDGED);
		demo.runAs("tx_safety", () -> scores.compute(scheme, AssessmentPeriod.of(month), "450422"));
		String ranking = page("/assessment/schemes/" + scheme + "/ranking?period=" + month, "tx_safety");
		assertThat(between(ranking, "id=\"head-HUNDRED_PERCENT\"", "</th>")).contains("as-of-scoring");
		assertThat(between(ranking, "id=\"head-WARNING_ACKNOWLEDGED\"", "</th>")).doesNotContain("as-of-scoring");
	}

	@Test
	void aSchoolOfAnotherCountyIsRefusedByEveryFilteredListAndExport() throws Exception {
		long elsewhere = demo.jdbc()
			.sql("select id from org.school where region_code not like '450422%' order by id limit 1")
			.query(Long.class)
			.single();
		long neighbour = demo.schoolsIn("450422")
			.stream()
			.filter(id -> id != demo.schoolOf("principal"))
			.findFirst()
			.orElseThrow();
		for (String list : List.of("/warnings", "/warnings/export", "/campaigns", "/bullying")) {
			assertRefused(list, elsewhere, "tx_safety");
			assertRefused(list, neighbour, "principal");
		}
	}

	/**
	 * The list's rows are the figure's whole, those marked on time its part; the figure
	 * stands above the list, under the chip naming the school and period.
	 */
	private static void assertListCountsAsTheFigure(String list, String rowMarker, Figure figure) {
		assertThat(figure.parts()).containsExactly(count(list, "marked-on-time"), count(list, rowMarker));
		assertThat(text(list, "on-time-figure")).isEqualTo(figure.text());
		assertThat(list).contains("id=\"school-period-filter\"");
	}

	private void assertRefused(String list, long school, String user) throws Exception {
		int status = mvc
			.perform(get(list).param("schoolId", String.valueOf(school))
				.param("from", month + "-01")
				.param("to", YearMonth.parse(month).atEndOfMonth().toString())
				.with(demo.as(user)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as(user + " " + list + "?schoolId=" + school).isIn(403, 404);
	}

	/**
	 * The figure of the kind on the school's score page, after 藤县 scored a scheme of that
	 * one indicator for the period (this month unless named).
	 */
	private Figure figure(IndicatorKind kind, long school) throws Exception {
		return figure(kind, school, month);
	}

	private Figure figure(IndicatorKind kind, long school, String period) throws Exception {
		long scheme = scheme(kind);
		demo.runAs("tx_safety", () -> scores.compute(scheme, AssessmentPeriod.of(period), "450422"));
		return Figure
			.of(page("/assessment/schemes/" + scheme + "/schools/" + school + "?period=" + period, "tx_safety"), kind);
	}

	private long scheme(IndicatorKind... kinds) {
		long id = demo.callAs("tx_safety", () -> schemes
			.define(new DefineScheme("下钻核对方案" + System.nanoTime() % 100000, LocalDate.now().getYear())));
		for (IndicatorKind kind : kinds) {
			demo.runAs("tx_safety", () -> schemes.addIndicator(id,
					new AddIndicator("指标" + kind.ordinal(), kind, BigDecimal.TEN, BigDecimal.valueOf(100))));
		}
		return id;
	}

	private WarningSummary issue(String title) {
		return demo.callAs("tx_safety", () -> warnings.issue(new IssueWarning(WarningKind.TYPHOON, WarningLevel.BLUE,
				title, "请做好防范。", "检查门窗", LocalDateTime.now().plusDays(1), null, null, null)));
	}

	private long report(String story) {
		return demo.callAs("safety", () -> bullyingReports.report(new ReportBullying(null, LocalDate.now(), "操场", story,
				"罗思琪", "八年级", "黄志明", "八年级", "", "", LocalDate.now())));
	}

	private String schoolName(long school) {
		return demo.jdbc()
			.sql("select name from org.school where id = :s")
			.param("s", school)
			.query(String.class)
			.single();
	}

	private String page(String url, String user) throws Exception {
		var response = mvc.perform(get(url).with(demo.as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
