package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's weekly chart with the hazards the installations below keep added, day
 * by day and grade by grade (ADR 0075); a single installation's chart is its own.
 */
class WeeklyChartWithElsewhereTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final List<OpenHazardsWeek> HERE = List.of(new OpenHazardsWeek(TODAY.minusWeeks(2), 1, 2, 3),
			new OpenHazardsWeek(TODAY.minusWeeks(1), 0, 1, 0), new OpenHazardsWeek(TODAY, 2, 0, 1));

	/** Below: what it is asked for, for the days asked, the last one today. */
	private static LedgerElsewhere below(long major, long general, long ungraded) {
		return new LedgerElsewhere() {

			@Override
			public List<Row> newest(Filter filter, int offset, int limit) {
				return List.of();
			}

			@Override
			public long count(Filter filter) {
				return 0;
			}

			@Override
			public Figures figures(Filter filter) {
				return Figures.NONE;
			}

			@Override
			public List<OpenHazardsWeek> openAt(List<LocalDate> days, LocalDate today) {
				assertThat(days.get(days.size() - 1)).isEqualTo(today);
				return days.stream()
					.map(d -> d.equals(today) ? new OpenHazardsWeek(d, 0, 0, 0)
							: new OpenHazardsWeek(d, major, general, ungraded))
					.toList();
			}

		};
	}

	@Test
	void eachPointAddsTheHazardsBelowOpenAtTheEndOfItsDay() {
		List<OpenHazardsWeek> both = LedgerWithElsewhere.openByWeek(HERE, List.of(below(1, 0, 2), below(0, 1, 0)),
				TODAY);
		assertThat(both).containsExactly(new OpenHazardsWeek(TODAY.minusWeeks(2), 2, 3, 5),
				new OpenHazardsWeek(TODAY.minusWeeks(1), 1, 2, 2), new OpenHazardsWeek(TODAY, 2, 0, 1));
	}

	@Test
	void withoutInstallationsBelowTheChartIsThisPlatformsOwn() {
		assertThat(LedgerWithElsewhere.openByWeek(HERE, List.of(), TODAY)).isEqualTo(HERE);
		LedgerElsewhere none = new LedgerElsewhere() {

			@Override
			public List<Row> newest(Filter filter, int offset, int limit) {
				return List.of();
			}

			@Override
			public long count(Filter filter) {
				return 0;
			}

			@Override
			public Figures figures(Filter filter) {
				return Figures.NONE;
			}

		};
		assertThat(LedgerWithElsewhere.openByWeek(HERE, List.of(none), TODAY)).isEqualTo(HERE);
	}

}
