package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger's figures with the hazards another installation keeps (ADR 0066, 0072): the
 * filter as they can answer it, the cards' figures, the median days to close and the rows
 * one level down with theirs added, so each figure counts what its link lists here and
 * under the ledger; and the home page's headline and most overdue schools likewise.
 */
final class LedgerWithElsewhere {

	/** Every hazard kept elsewhere under 挂牌督办 (listed, not closed), whenever found. */
	static final LedgerElsewhere.Filter UNDER_SUPERVISION = new LedgerElsewhere.Filter("", null, null, null, null, null,
			null, null, true);

	/** Every open hazard kept elsewhere ({@code /hazards?open=true}). */
	static final LedgerElsewhere.Filter OPEN = new LedgerElsewhere.Filter("", null, null, null, null, null, true, null,
			null);

	/** Every open general hazard kept elsewhere ({@code open=true&grade=GENERAL}). */
	static final LedgerElsewhere.Filter OPEN_GENERAL = new LedgerElsewhere.Filter("", null, null, null, null,
			HazardGrade.GENERAL, true, null, null);

	private LedgerWithElsewhere() {
	}

	/**
	 * The ledger's filter as the hazards kept elsewhere answer it (their 督办 too, ADR
	 * 0068); null when it names what they do not have (a school of this platform).
	 */
	static LedgerElsewhere.Filter filter(LedgerQuery query) {
		if (query.schoolId() != null) {
			return null;
		}
		return new LedgerElsewhere.Filter(query.regionPrefix(), query.category(), query.from(), query.to(),
				query.status(), query.grade(), query.open(), query.overdue(), query.supervised());
	}

	/**
	 * The home page's headline with the hazards kept elsewhere, each figure counted by
	 * the filter of the ledger page its tile opens (open, open and major, overdue, under
	 * 督办: all of them open, whenever found).
	 */
	static HazardHeadline headline(HazardHeadline here, List<LedgerElsewhere> sources) {
		long open = 0;
		long major = 0;
		long general = 0;
		long overdue = 0;
		long supervised = 0;
		for (LedgerElsewhere source : sources) {
			LedgerElsewhere.Figures kept = source.figures(OPEN);
			open += kept.hazards();
			major += kept.major();
			overdue += kept.overdue();
			general += source.count(OPEN_GENERAL);
			supervised += source.count(UNDER_SUPERVISION);
		}
		return new HazardHeadline(here.openMajor() + major, here.openGeneral() + general,
				here.openUngraded() + open - major - general, here.overdue() + overdue, here.supervised() + supervised,
				here.openElsewhere() + open);
	}

	/**
	 * The weekly chart with the hazards kept elsewhere open at the end of each of its
	 * days added (ADR 0075); {@code here} is this platform's, oldest first, ending today.
	 */
	static List<OpenHazardsWeek> openByWeek(List<OpenHazardsWeek> here, List<LedgerElsewhere> sources,
			LocalDate today) {
		if (sources.isEmpty() || here.isEmpty()) {
			return here;
		}
		List<LocalDate> days = here.stream().map(OpenHazardsWeek::day).toList();
		List<OpenHazardsWeek> sum = new ArrayList<>(here);
		for (LedgerElsewhere source : sources) {
			List<OpenHazardsWeek> kept = source.openAt(days, today);
			for (int i = 0; i < kept.size() && i < sum.size(); i++) {
				OpenHazardsWeek a = sum.get(i);
				OpenHazardsWeek b = kept.get(i);
				sum.set(i, new OpenHazardsWeek(a.day(), a.major() + b.major(), a.general() + b.general(),
						a.ungraded() + b.ungraded()));
			}
		}
		return sum;
	}

	/** The schools here and elsewhere with the most overdue hazards, most first. */
	static List<SchoolOverdue> mostOverdue(List<SchoolOverdue> here, List<LedgerElsewhere> sources, int limit) {
		List<SchoolOverdue> all = new ArrayList<>(here);
		for (LedgerElsewhere source : sources) {
			source.mostOverdue(limit)
				.forEach(s -> all.add(new SchoolOverdue(null, s.schoolName(), s.overdue(), s.source())));
		}
		if (all.size() == here.size()) {
			return here;
		}
		all.sort(Comparator.comparingLong(SchoolOverdue::overdue).reversed());
		return List.copyOf(all.subList(0, Math.min(limit, all.size())));
	}

	/** This platform's figures with those kept elsewhere. */
	static HazardFigures plus(HazardFigures here, LedgerElsewhere.Figures kept) {
		return new HazardFigures(here.hazards() + kept.hazards(), here.open() + kept.open(),
				here.major() + kept.major(), here.overdue() + kept.overdue(), here.fixed() + kept.fixed(),
				here.medianDaysToClose());
	}

	/**
	 * The statistics with each region row one level below {@code prefix} counting the
	 * hazards kept elsewhere too, and a row for a region only they have (named after the
	 * installation when this one does not know the region).
	 */
	static HazardStatistics withRows(HazardStatistics stats, List<LedgerElsewhere> sources,
			LedgerElsewhere.Filter filter, String prefix, Map<String, String> regionNames) {
		int digits = digits(prefix);
		Map<String, LedgerElsewhere.Unit> kept = new HashMap<>();
		for (LedgerElsewhere source : sources) {
			source.figuresByRegion(filter, digits)
				.forEach((key, unit) -> kept.merge(key, unit,
						(a, b) -> new LedgerElsewhere.Unit(a.source(), a.figures().plus(b.figures()))));
		}
		if (kept.isEmpty()) {
			return stats;
		}
		List<HazardStatistics.Row> rows = new ArrayList<>();
		for (HazardStatistics.Row row : stats.below()) {
			LedgerElsewhere.Unit unit = kept.remove(row.key());
			rows.add(unit == null ? row
					: new HazardStatistics.Row(row.key(), row.name(), plus(row.figures(), unit.figures())));
		}
		kept.forEach((key, unit) -> rows.add(new HazardStatistics.Row(key, regionNames.getOrDefault(key, unit.source()),
				plus(new HazardFigures(0, 0, 0, 0, 0, null), unit.figures()))));
		rows.sort(Comparator.comparing(HazardStatistics.Row::key));
		return new HazardStatistics(stats.total(), stats.byStatus(), stats.byGrade(), stats.byCategory(), rows,
				stats.period());
	}

	/**
	 * The whole days to close of the hazards kept elsewhere that the filter lists, by
	 * region one level below {@code prefix} (every installation's added up).
	 */
	static Map<String, Map<Integer, Long>> daysToClose(List<LedgerElsewhere> sources, LedgerElsewhere.Filter filter,
			String prefix) {
		Map<String, Map<Integer, Long>> kept = new HashMap<>();
		for (LedgerElsewhere source : sources) {
			source.daysToClose(filter, digits(prefix))
				.forEach((key, days) -> days
					.forEach((d, n) -> kept.computeIfAbsent(key, k -> new TreeMap<>()).merge(d, n, Long::sum)));
		}
		return kept;
	}

	/**
	 * The statistics with the median days to close over this platform's closings
	 * ({@code here}, by row key) and those kept elsewhere ({@code kept}, by region key):
	 * in total, and for each region row one level down that has closings elsewhere. Both
	 * in whole days, as the rollup keeps them.
	 */
	static HazardStatistics withMedians(HazardStatistics stats, Map<String, TreeMap<Integer, Long>> here,
			Map<String, Map<Integer, Long>> kept, boolean rowsAreSchools) {
		if (kept.isEmpty()) {
			return stats;
		}
		TreeMap<Integer, Long> all = new TreeMap<>();
		here.values().forEach(days -> add(all, days));
		kept.values().forEach(days -> add(all, days));
		List<HazardStatistics.Row> rows = new ArrayList<>();
		for (HazardStatistics.Row row : stats.below()) {
			Map<Integer, Long> theirs = rowsAreSchools ? null : kept.get(row.key());
			if (theirs == null) {
				rows.add(row);
				continue;
			}
			TreeMap<Integer, Long> days = new TreeMap<>(here.getOrDefault(row.key(), new TreeMap<>()));
			add(days, theirs);
			rows.add(new HazardStatistics.Row(row.key(), row.name(), median(row.figures(), LedgerTally.median(days))));
		}
		return new HazardStatistics(median(stats.total(), LedgerTally.median(all)), stats.byStatus(), stats.byGrade(),
				stats.byCategory(), rows, stats.period());
	}

	private static void add(TreeMap<Integer, Long> into, Map<Integer, Long> days) {
		days.forEach((d, n) -> into.merge(d, n, Long::sum));
	}

	private static HazardFigures median(HazardFigures f, Double median) {
		return new HazardFigures(f.hazards(), f.open(), f.major(), f.overdue(), f.fixed(), median);
	}

	/** The digits of the region key one level below {@code prefix}: 2, 4 or 6. */
	static int digits(String prefix) {
		return prefix.isEmpty() ? 2 : prefix.length() == 2 ? 4 : 6;
	}

}
