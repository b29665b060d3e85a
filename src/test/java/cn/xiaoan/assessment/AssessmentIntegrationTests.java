package cn.xiaoan.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The assessment rules against the demo data: 梧州's scheme and 藤县's adapted copy, who sees
 * and edits which, inspectors' scores, rankings that agree with the hazard ledger,
 * movement, and the 约谈 carried to done.
 */
@PlatformTest
class AssessmentIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	AssessmentManagement schemes;

	@Autowired
	InspectorScores inspectors;

	@Autowired
	Rankings rankings;

	@Autowired
	AssessmentScores scores;

	@Autowired
	Interviews interviews;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCountySeesTheCitySchemeEditsOnlyItsAdaptedCopyAndAnotherCountySeesNeither() {
		List<SchemeView> seen = demo.callAs("tx_safety", () -> schemes.schemes());
		SchemeView city = cityScheme();
		long copyId = seen.stream().filter(s -> s.regionCode().equals("450422")).findFirst().orElseThrow().id();
		SchemeView copy = demo.callAs("tx_safety", () -> schemes.scheme(copyId));
		assertThat(seen).extracting(SchemeView::id).contains(city.id());
		assertThat(copy.adaptedFrom()).isEqualTo(city.id());
		assertThat(copy.indicators()).hasSize(city.indicators().size());
		assertThat(copy.indicators().get(copy.indicators().size() - 1).name())
			.isNotEqualTo(city.indicators().get(city.indicators().size() - 1).name());
		assertThatThrownBy(() -> demo.callAs("tx_safety",
				() -> schemes.addIndicator(city.id(),
						new AddIndicator("x", IndicatorKind.INSPECTED, BigDecimal.ONE, null))))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("ms_safety", () -> schemes.scheme(copy.id())))
			.isInstanceOf(NotFound.class);
		assertThat(demo.callAs("ms_safety", () -> schemes.scheme(city.id())).id()).isEqualTo(city.id());
		assertThatThrownBy(() -> demo.callAs("safety", () -> schemes.scheme(city.id()))).isInstanceOf(NotFound.class);
	}

	@Test
	void anInspectorScoresAtMostTheItemsPointsAndOnlySchoolsInScope() {
		SchemeView city = cityScheme();
		SchemeView.IndicatorView item = city.indicators()
			.stream()
			.filter(i -> !i.kind().computed())
			.findFirst()
			.orElseThrow();
		SchemeView.IndicatorView computed = city.indicators().get(0);
		long school = demo.schoolOf("safety");
		String quarter = AssessmentPeriod.quarterOf(LocalDate.now(clock)).key();
		assertThatThrownBy(
				() -> demo
					.runAs("wz_safety",
							() -> inspectors.score(city.id(), new ScoreItem(item.id(), school, quarter,
									BigDecimal.valueOf(item.weight() + 1), ""), null, null)))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(
				() -> demo.runAs("wz_safety",
						() -> inspectors.score(city.id(),
								new ScoreItem(computed.id(), school, quarter, BigDecimal.ONE, ""), null, null)))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(
				() -> demo
					.runAs("ms_safety",
							() -> inspectors.score(city.id(),
									new ScoreItem(item.id(), school, quarter, BigDecimal.ONE, ""), null, null)))
			.isInstanceOf(NotFound.class);
		demo.runAs("wz_safety", () -> inspectors.score(city.id(),
				new ScoreItem(item.id(), school, quarter, BigDecimal.valueOf(7.5), "现场查看会议记录"), null, null));
		assertThat(demo.callAs("tx_safety", () -> inspectors.of(city.id(), school, AssessmentPeriod.of(quarter)))
			.get(0)
			.points()).isEqualTo(7.5);
	}

	@Test
	void scoringAPeriodAnalysesTheScoresSoTheRankingThatFollowsIsPlannedOnTheirRealSize() {
		SchemeView city = cityScheme();
		AssessmentPeriod quarter = AssessmentPeriod.quarterOf(LocalDate.now(clock));
		OffsetDateTime before = jdbc.sql("select clock_timestamp()").query(OffsetDateTime.class).single();
		demo.runAs("wz_safety", () -> scores.compute(city.id(), quarter, "450422"));
		for (String table : List.of("school_score", "region_score")) {
			OffsetDateTime analysed = jdbc
				.sql("select last_analyze from pg_stat_user_tables where schemaname = 'assessment' and relname = :t")
				.param("t", table)
				.query(OffsetDateTime.class)
				.optional()
				.orElse(null);
			assertThat(analysed).as(table).isNotNull().isAfterOrEqualTo(before);
		}
	}

	@Test
	void everySchoolsFiguresInTheRankingAgreeWithTheHazardLedgerItLinksTo() throws Exception {
		SchemeView city = cityScheme();
		AssessmentPeriod quarter = AssessmentPeriod.quarterOf(LocalDate.now(clock));
		// scores are kept from their scoring (the page shows when); other tests of this
		// context report hazards meanwhile, so score again as 重新计分 does
		demo.runAs("wz_safety", () -> scores.compute(city.id(), quarter, "450422"));
		Ranking ranking = demo.callAs("wz_safety", () -> rankings.of(city.id(), quarter, "450422", 0));
		assertThat(ranking.schools()).isNotEmpty();
		assertThat(ranking.schools().stream().mapToInt(RankedSchool::hazards).sum()).isPositive();
		ObjectMapper json = new ObjectMapper();
		for (RankedSchool s : ranking.schools()) {
			for (boolean overdue : new boolean[] { false, true }) {
				var request = get("/api/v1/hazards").param("schoolId", String.valueOf(s.schoolId()))
					.param("from", quarter.from().toString())
					.param("to", quarter.to().toString());
				if (overdue) {
					request.param("overdue", "true");
				}
				String body = mvc.perform(request.with(demo.as("wz_safety")))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(json.readTree(body).get("total").asLong()).as(s.schoolName())
					.isEqualTo(overdue ? s.overdue() : s.hazards());
			}
		}
		double[] totals = ranking.schools().stream().mapToDouble(RankedSchool::total).toArray();
		for (int i = 1; i < totals.length; i++) {
			assertThat(totals[i]).isLessThanOrEqualTo(totals[i - 1]);
		}
	}

	@Test
	void theDemoSchoolsScoredLastQuarterShowTheirMovement() {
		SchemeView city = cityScheme();
		AssessmentPeriod quarter = AssessmentPeriod.quarterOf(LocalDate.now(clock));
		Ranking ranking = demo.callAs("tx_safety", () -> rankings.of(city.id(), quarter, null, 0));
		assertThat(ranking.schools()).allSatisfy(s -> assertThat(s.previousRank()).isNotNull());
		assertThat(ranking.schools()).anySatisfy(s -> assertThat(s.movement()).isNotZero());
		assertThat(ranking.schools()).allSatisfy(s -> assertThat(s.movement()).isEqualTo(s.previousRank() - s.rank()));
		Ranking city_wide = demo.callAs("wz_safety", () -> rankings.of(city.id(), quarter, null, 0));
		assertThat(city_wide.regions()).extracting(RankedRegion::code).contains("450422", "450423");
	}

	@Test
	void anInterviewIsRepliedToByTheSchoolReturnedAndAcceptedByTheBureauThatOpenedIt() {
		SchemeView city = cityScheme();
		long school = demo.schoolOf("safety");
		String quarter = AssessmentPeriod.quarterOf(LocalDate.now(clock)).key();
		long id = demo.callAs("wz_safety", () -> interviews.open(city.id(),
				new OpenInterview(school, quarter, "逾期隐患未整改", LocalDate.now(clock).plusDays(7))));
		assertThatThrownBy(() -> demo.callAs("ms_safety", () -> interviews.interview(id))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("tx_safety", () -> interviews.reply(id, "已整改")))
			.isInstanceOf(AccessDenied.class);
		demo.runAs("safety", () -> interviews.reply(id, "已整改两处消防通道堵塞"));
		assertThatThrownBy(() -> demo.runAs("tx_safety", () -> interviews.decide(id, true, "")))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.runAs("wz_safety", () -> interviews.decide(id, false, " ")))
			.isInstanceOf(BusinessRuleViolation.class);
		demo.runAs("wz_safety", () -> interviews.decide(id, false, "缺少整改照片"));
		assertThat(demo.callAs("safety", () -> interviews.interview(id)).status()).isEqualTo(InterviewStatus.RETURNED);
		demo.runAs("safety", () -> interviews.reply(id, "补充整改照片"));
		demo.runAs("wz_safety", () -> interviews.decide(id, true, ""));
		assertThat(demo.callAs("tx_safety", () -> interviews.interview(id)).status())
			.isEqualTo(InterviewStatus.ACCEPTED);
		assertThat(demo.callAs("wz_safety", () -> interviews.list())).extracting(InterviewView::status)
			.contains(InterviewStatus.OPEN);
	}

	@Test
	void theRankingPageAndItsWorkbookAreForBureausOnly() throws Exception {
		SchemeView city = cityScheme();
		var page = mvc
			.perform(get("/assessment/schemes/{id}/ranking", city.id()).param("region", "450422")
				.with(demo.as("wz_safety")))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("drill-overdue", "/hazards?schoolId=");
		var workbook = mvc.perform(get("/assessment/schemes/{id}/ranking/export", city.id()).with(demo.as("tx_safety")))
			.andReturn()
			.getResponse();
		assertThat(workbook.getStatus()).isEqualTo(200);
		assertThat(workbook.getContentAsByteArray()).startsWith(new byte[] { 'P', 'K' });
		assertThat(mvc.perform(get("/assessment/schemes/{id}/ranking", city.id()).with(demo.as("safety")))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(403, 404);
		assertThat(mvc
			.perform(get("/assessment/schemes/{id}/ranking", city.id()).param("period", "2026Q9")
				.with(demo.as("wz_safety")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
	}

	/** 梧州's demo scheme with its indicators (the list leaves them out). */
	private SchemeView cityScheme() {
		long id = demo.callAs("wz_safety", () -> schemes.schemes())
			.stream()
			.filter(s -> s.regionCode().equals("450400") && s.name().contains("梧州市中小学校"))
			.findFirst()
			.orElseThrow()
			.id();
		return demo.callAs("wz_safety", () -> schemes.scheme(id));
	}

}
