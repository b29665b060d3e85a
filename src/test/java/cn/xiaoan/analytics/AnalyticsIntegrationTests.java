package cn.xiaoan.analytics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import cn.xiaoan.hazard.HazardMonthCount;
import cn.xiaoan.hazard.HazardRollup;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analysis counts what the ledger lists, from the rollup, and only for a bureau in
 * its own region.
 */
@PlatformTest
class AnalyticsIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	AnalyticsManagement analytics;

	@Autowired
	HazardRollup rollup;

	private long foundIn(String prefix, LocalDate from, LocalDate to) {
		return demo.jdbc()
			.sql("""
					select count(*) from hazard.hazard where region_code like :p || '%'
					and found_at >= cast(cast(:f as date) as timestamp) at time zone 'Asia/Shanghai'
					and found_at < cast(cast(:t as date) + 1 as timestamp) at time zone 'Asia/Shanghai'""")
			.param("p", prefix)
			.param("f", from)
			.param("t", to)
			.query(Long.class)
			.single();
	}

	@Test
	void theFiguresCountTheHazardsFoundInThePeriodAsTheLedgerDoes() throws Exception {
		Period year = Period.year(LocalDate.now().getYear());
		HazardAnalysis a = demo.callAs("tx_safety", () -> analytics.hazards(year, null, null));
		assertThat(a.current().hazards()).isPositive().isEqualTo(foundIn("450422", year.from(), year.to()));
		assertThat(a.previous().hazards()).isEqualTo(foundIn("450422", year.previous().from(), year.previous().to()));
		assertThat(a.byCategory().stream().mapToLong(HazardAnalysis.CategoryRow::current).sum())
			.isEqualTo(a.current().hazards());
		assertThat(a.byUnit().stream().mapToLong(HazardAnalysis.UnitRow::hazards).sum())
			.isEqualTo(a.current().hazards());
		// the ledger the big figure links to lists the same hazards
		mvc.perform(get(a.ledger().replace("/hazards", "/api/v1/hazards/statistics")).with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"hazards\":" + a.current().hazards() + ",")));
	}

	@Test
	void theRollupAnswersWhatTheStraightforwardSqlAnswers() {
		LocalDate today = LocalDate.now();
		Comparator<HazardMonthCount> order = Comparator.comparing(HazardMonthCount::unit)
			.thenComparing(HazardMonthCount::month)
			.thenComparing(HazardMonthCount::category)
			.thenComparing(HazardMonthCount::grade)
			.thenComparing(HazardMonthCount::done);
		for (String[] who : new String[][] { { "wz_admin", "4504" }, { "tx_safety", "450422" } }) {
			List<HazardMonthCount> fromRollup = demo.callAs(who[0],
					() -> rollup.counts(who[1], today.minusYears(2), today));
			List<HazardMonthCount> fromHazards = demo.callAs(who[0],
					() -> rollup.countsFromHazards(who[1], today.minusYears(2), today));
			assertThat(fromRollup).isNotEmpty();
			assertThat(fromRollup.stream().sorted(order).toList())
				.isEqualTo(fromHazards.stream().sorted(order).toList());
		}
	}

	@Test
	void aCityDrillsDownToItsCountiesThenToASchool() throws Exception {
		String year = String.valueOf(LocalDate.now().getYear());
		mvc.perform(get("/analytics").param("period", year).with(demo.as("wz_admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("region=450422")));
		long school = demo.schoolOf("safety");
		mvc.perform(get("/analytics").param("period", year).param("region", "450422").with(demo.as("wz_admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("schoolId=" + school)));
		mvc.perform(get("/analytics").param("period", year)
			.param("region", "450422")
			.param("schoolId", String.valueOf(school))
			.with(demo.as("wz_admin"))).andExpect(status().isOk());
	}

	@Test
	void aSchoolAccountCannotOpenAnalytics() throws Exception {
		for (String user : List.of("safety", "principal", "teacher")) {
			mvc.perform(get("/analytics").with(demo.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/analytics/screen").with(demo.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/analytics/export").with(demo.as(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aCountyCannotSeeAnotherCountyNorItsCityNorAnotherCountysSchool() throws Exception {
		mvc.perform(get("/analytics").param("region", "450481").with(demo.as("tx_safety")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/analytics").param("region", "450400").with(demo.as("tx_safety")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/analytics/export").param("region", "450481").with(demo.as("tx_safety")))
			.andExpect(status().isForbidden());
		long other = demo.schoolsIn("450481").get(0);
		int refused = mvc.perform(get("/analytics").param("schoolId", String.valueOf(other)).with(demo.as("tx_safety")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(refused).isIn(403, 404);
	}

	@Test
	void aBadPeriodOrTableComesBackWithAMessageNotAnError() throws Exception {
		mvc.perform(get("/analytics").param("period", "2026Q9").with(demo.as("tx_safety")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("formErrors", List.of("统计期间无效")));
		mvc.perform(get("/analytics").param("period", "custom").param("from", "2026-13").with(demo.as("tx_safety")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/analytics/export").param("table", "nope").with(demo.as("tx_safety")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("formErrors", List.of("没有这张表")));
	}

	@Test
	void eachChartsTableIsExportedWithTheRowsThePageShows() throws Exception {
		Period year = Period.year(LocalDate.now().getYear());
		HazardAnalysis a = demo.callAs("tx_safety", () -> analytics.hazards(year, null, null));
		MvcResult result = mvc.perform(
				get("/analytics/export").param("period", year.key()).param("table", "unit").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn();
		List<List<String>> rows = Sheets.read(result.getResponse().getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("学校", "发现隐患", "已整改销号", "重大隐患", "整改率");
		assertThat(rows).hasSize(a.byUnit().size() + 1);
		assertThat(rows.get(1).get(0)).isEqualTo(a.byUnit().get(0).name());
		assertThat(Long.parseLong(rows.get(1).get(1))).isEqualTo(a.byUnit().get(0).hazards());
		mvc.perform(get("/analytics/export").param("table", "month").with(demo.as("tx_safety")))
			.andExpect(status().isOk());
	}

	@Test
	void theLeaderScreenIsAPageAndAWallDisplayThatRefreshesItself() throws Exception {
		mvc.perform(get("/analytics/screen").with(demo.as("wz_admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"screen\"")));
		mvc.perform(get("/analytics/screen").param("wall", "true").with(demo.as("wz_admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"xa-wall\"")))
			.andExpect(content().string(containsString("http-equiv=\"refresh\" content=\"60\"")));
	}

}
