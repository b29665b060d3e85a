package cn.xiaoan.assessment;

import java.util.Map;

import cn.xiaoan.hazard.HazardFigures;

/**
 * A school's place in a ranking with the figures behind its score; {@code previousRank}
 * null when it was not ranked in the previous period; {@code others} the figures of the
 * computed kinds other than the hazard ledger's ({@link SchoolFigures});
 * {@code elsewhere} the school as another installation scored it (四级联网, read-only, its
 * evidence there), null for a school of this platform.
 */
public record RankedSchool(long rank, Long previousRank, long schoolId, String schoolName, String regionCode,
		int hazards, int fixed, int openHazards, int overdue, double inspected, int inspectedItems, double total,
		Map<IndicatorKind, int[]> others, RankingElsewhere.School elsewhere) {

	/** A school of another installation at its place in this ranking. */
	static RankedSchool of(RankingElsewhere.School s, long rank, Long previousRank) {
		return new RankedSchool(rank, previousRank, s.schoolId(), s.schoolName(), s.regionCode(), s.hazards(),
				s.fixed(), s.openHazards(), s.overdue(), s.inspected(), s.inspectedItems(), s.total(), Map.of(), s);
	}

	/** The same school at another place. */
	RankedSchool at(long rank, Long previousRank) {
		return new RankedSchool(rank, previousRank, schoolId, schoolName, regionCode, hazards, fixed, openHazards,
				overdue, inspected, inspectedItems, total, others, elsewhere);
	}

	/** The installation the school's score comes from; null for this platform's. */
	public String source() {
		return elsewhere == null ? null : elsewhere.source();
	}

	/** Places gained since the previous period (negative: lost); 0 when unknown. */
	public long movement() {
		return previousRank == null ? 0 : previousRank - rank;
	}

	/**
	 * The module's list behind a kind's figure for this school ({@link SchoolFigures}).
	 */
	public String drillDown(IndicatorKind kind, AssessmentPeriod period) {
		return SchoolFigures.drillDown(kind, schoolId, period);
	}

	/** The figures the computed indicators were scored from. */
	public SchoolFigures figures() {
		return new SchoolFigures(new HazardFigures(hazards, openHazards, 0, overdue, fixed, null), others);
	}

}
