package cn.xiaoan.hazard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger's figures with the hazards another installation keeps (ADR 0066): the filter
 * as they can answer it, the cards' figures and the rows one level down with theirs
 * added, so each figure counts what its link lists here and under the ledger. The median
 * days to close stays this platform's.
 */
final class LedgerWithElsewhere {

	/** Every hazard kept elsewhere under 挂牌督办 (listed, not closed), whenever found. */
	static final LedgerElsewhere.Filter UNDER_SUPERVISION = new LedgerElsewhere.Filter("", null, null, null, null, null,
			null, null, true);

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
		int digits = prefix.isEmpty() ? 2 : prefix.length() == 2 ? 4 : 6;
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

}
