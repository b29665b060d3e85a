package cn.xiaoan.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.xiaoan.hazard.HazardMonthCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hazard kept below counts in done, open and the rate by the state its installation
 * last sent, like this platform's by theirs (ADR 0066).
 */
class FiguresTests {

	private static final LocalDate MONTH = LocalDate.of(2026, 11, 1);

	@Test
	void aHazardKeptBelowCountsInDoneOpenAndTheRateByTheStateLastSent() {
		List<HazardMonthCount> here = List.of(new HazardMonthCount("450403", MONTH, "FIRE", "GENERAL", true, 3),
				new HazardMonthCount("450403", MONTH, "FIRE", "", false, 1));
		List<FiguresElsewhere.HazardCount> below = List.of(
				new FiguresElsewhere.HazardCount("藤县", "450422", "藤县", MONTH, "FIRE", false, true, 2),
				new FiguresElsewhere.HazardCount("藤县", "450422", "藤县", MONTH, "FIRE", true, false, 4));

		Figures figures = Figures.of(here, Map.of(0, 2L, 4, 3L), below);

		assertThat(figures.hazards()).isEqualTo(10);
		assertThat(figures.elsewhere()).isEqualTo(6);
		assertThat(figures.done()).isEqualTo(5);
		assertThat(figures.open()).isEqualTo(5);
		assertThat(figures.major()).isEqualTo(4);
		assertThat(figures.rectificationRate()).isEqualTo(50.0);
		assertThat(figures.medianDaysToClose()).isEqualTo(4.0);
	}

	@Test
	void aUnitWhoseHazardsAllComeFromBelowHasItsRate() {
		HazardAnalysis.UnitRow county = new HazardAnalysis.UnitRow("450422", "藤县", "藤县", 4, 1, 0, 4, null, null);
		assertThat(county.onlyElsewhere()).isTrue();
		assertThat(county.rectificationRate()).isEqualTo(25.0);
	}

}
