package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Statistics each quarter and year (DOMAIN.md §3.2): every ledger figure counts the
 * hazards found in a period — this quarter unless another quarter, a year or a range is
 * chosen.
 */
@PlatformTest
class HazardLedgerPeriodIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	private long foundIn(LocalDate from, LocalDate to) {
		return demo.jdbc()
			.sql("""
					select count(*) from hazard.hazard where region_code like '450422%'
					and found_at >= cast(cast(:f as date) as timestamp) at time zone 'Asia/Shanghai'
					and found_at < cast(cast(:t as date) + 1 as timestamp) at time zone 'Asia/Shanghai'""")
			.param("f", from)
			.param("t", to)
			.query(Long.class)
			.single();
	}

	private static LocalDate quarterStart(LocalDate day) {
		return day.with(IsoFields.DAY_OF_QUARTER, 1);
	}

	@Test
	void ledgerStatisticsCountTheHazardsFoundThisQuarterByDefault() throws Exception {
		LocalDate today = LocalDate.now();
		LocalDate from = quarterStart(today);
		LocalDate to = from.plusMonths(3).minusDays(1);
		mvc.perform(get("/api/v1/hazards/statistics").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.hazards").value(foundIn(from, to)))
			.andExpect(jsonPath("$.period.from").value(from.toString()))
			.andExpect(jsonPath("$.period.to").value(to.toString()));
	}

	@Test
	void ledgerStatisticsTakeAChosenQuarterAYearOrARange() throws Exception {
		LocalDate previous = quarterStart(LocalDate.now()).minusMonths(3);
		int quarter = previous.get(IsoFields.QUARTER_OF_YEAR);
		mvc.perform(get("/api/v1/hazards/statistics").param("period", previous.getYear() + "Q" + quarter)
			.with(demo.as("tx_safety")))
			.andExpect(jsonPath("$.total.hazards").value(foundIn(previous, previous.plusMonths(3).minusDays(1))));
		int year = LocalDate.now().getYear();
		mvc.perform(get("/api/v1/hazards/statistics").param("period", String.valueOf(year)).with(demo.as("tx_safety")))
			.andExpect(
					jsonPath("$.total.hazards").value(foundIn(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
		LocalDate from = LocalDate.now().minusDays(40);
		LocalDate to = LocalDate.now().minusDays(5);
		mvc.perform(get("/api/v1/hazards/statistics").param("from", from.toString())
			.param("to", to.toString())
			.with(demo.as("tx_safety"))).andExpect(jsonPath("$.total.hazards").value(foundIn(from, to)));
		mvc.perform(get("/api/v1/hazards/statistics").param("period", "2026Q7").with(demo.as("tx_safety")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.period").exists());
		mvc.perform(get("/api/v1/hazards/statistics").param("from", to.toString())
			.param("to", from.toString())
			.with(demo.as("tx_safety"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.to").exists());
	}

	@Test
	void theLedgerPageSaysWhichPeriodItCountsAndItsListAppliesIt() throws Exception {
		LocalDate today = LocalDate.now();
		LocalDate from = quarterStart(today);
		String quarter = today.getYear() + "年第" + today.get(IsoFields.QUARTER_OF_YEAR) + "季度";
		mvc.perform(get("/hazards").with(demo.as("tx_safety")))
			.andExpect(content().string(allOf(containsString("id=\"period\""), containsString(quarter),
					containsString("按发现日期统计"), containsString("from=" + from))));
	}

}
