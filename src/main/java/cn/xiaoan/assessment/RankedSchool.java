package cn.xiaoan.assessment;

import java.util.Map;

import cn.xiaoan.hazard.HazardFigures;

/**
 * A school's place in a ranking with the figures behind its score; {@code previousRank}
 * null when it was not ranked in the previous period; {@code others} the figures of the
 * computed kinds other than the hazard ledger's ({@link SchoolFigures}).
 */
public record RankedSchool(long rank, Long previousRank, long schoolId, String schoolName, String regionCode,
		int hazards, int fixed, int openHazards, int overdue, double inspected, int inspectedItems, double total,
		Map<IndicatorKind, int[]> others) {

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
