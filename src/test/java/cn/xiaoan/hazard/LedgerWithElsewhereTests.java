package cn.xiaoan.hazard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of hazards kept by the installations below added to this platform's (ADR
 * 0072): the home page's headline by the filter of each tile's ledger page, the median
 * days to close over both platforms' closings, the most overdue schools of both.
 */
class LedgerWithElsewhereTests {

	/** Below: 5 open (2 major, 1 general, 2 not graded), 3 overdue, 1 under 督办. */
	private static final LedgerElsewhere BELOW = new LedgerElsewhere() {

		@Override
		public List<Row> newest(Filter filter, int offset, int limit) {
			return List.of();
		}

		@Override
		public long count(Filter filter) {
			if (Boolean.TRUE.equals(filter.supervised())) {
				return 1;
			}
			return filter.grade() == HazardGrade.GENERAL && Boolean.TRUE.equals(filter.open()) ? 1 : 0;
		}

		@Override
		public Figures figures(Filter filter) {
			return Boolean.TRUE.equals(filter.open()) ? new Figures(5, 5, 2, 3, 0) : Figures.NONE;
		}

		@Override
		public Map<String, Map<Integer, Long>> daysToClose(Filter filter, int digits) {
			return Map.of("450400", Map.of(9, 3L));
		}

		@Override
		public List<SchoolOverdue> mostOverdue(int limit) {
			return List.of(new SchoolOverdue("藤县平台", "藤县一中", "450422101", 3));
		}

	};

	@Test
	void theHeadlineAddsTheOpenHazardsBelowByTheFilterOfEachTile() {
		HazardHeadline here = new HazardHeadline(1, 4, 2, 2, 1, 0);
		HazardHeadline both = LedgerWithElsewhere.headline(here, List.of(BELOW));
		assertThat(both).isEqualTo(new HazardHeadline(3, 5, 4, 5, 2, 5));
		assertThat(both.open()).isEqualTo(here.open() + 5);
		assertThat(LedgerWithElsewhere.headline(here, List.of())).isEqualTo(here);
	}

	@Test
	void theMedianDaysToCloseCountTheClosingsBelowInTotalAndInTheirRegionsRow() {
		HazardFigures figures = new HazardFigures(10, 4, 0, 0, 6, 1.0);
		HazardStatistics stats = new HazardStatistics(figures, Map.of(), Map.of(), Map.of(), List
			.of(new HazardStatistics.Row("450300", "桂林市", figures), new HazardStatistics.Row("450400", "梧州市", figures)),
				null);
		// here: days 1, 1 in 桂林市 and 2 in 梧州市; below: three hazards of 9 days in 梧州市
		Map<String, TreeMap<Integer, Long>> here = Map.of("450300", new TreeMap<>(Map.of(1, 2L)), "450400",
				new TreeMap<>(Map.of(2, 1L)));
		var below = LedgerWithElsewhere.daysToClose(List.of(BELOW), LedgerWithElsewhere.OPEN, "45");

		HazardStatistics both = LedgerWithElsewhere.withMedians(stats, here, below, false);

		assertThat(both.total().medianDaysToClose()).as("1, 1, 2, 9, 9, 9").isEqualTo(5.5);
		assertThat(both.below().get(0).figures().medianDaysToClose()).as("none closed below").isEqualTo(1.0);
		assertThat(both.below().get(1).figures().medianDaysToClose()).as("2, 9, 9, 9").isEqualTo(9.0);
		assertThat(both.total().hazards()).isEqualTo(10);
		assertThat(LedgerWithElsewhere.withMedians(stats, here, Map.of(), false)).isSameAs(stats);
	}

	@Test
	void theMostOverdueSchoolsOfBothPlatformsMostFirstTheirsUnnumbered() {
		List<SchoolOverdue> here = List.of(new SchoolOverdue(7L, "梧州一中", 4, null),
				new SchoolOverdue(8L, "梧州二中", 1, null));
		List<SchoolOverdue> both = LedgerWithElsewhere.mostOverdue(here, List.of(BELOW), 2);
		assertThat(both).extracting(SchoolOverdue::schoolName).containsExactly("梧州一中", "藤县一中");
		assertThat(both.get(1).schoolId()).isNull();
		assertThat(both.get(1).source()).isEqualTo("藤县平台");
	}

}
