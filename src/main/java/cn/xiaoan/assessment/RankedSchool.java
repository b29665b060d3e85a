package cn.xiaoan.assessment;

/**
 * A school's place in a ranking with the figures behind its score; {@code previousRank}
 * null when it was not ranked in the previous period.
 */
public record RankedSchool(long rank, Long previousRank, long schoolId, String schoolName, String regionCode,
		int hazards, int fixed, int openHazards, int overdue, double inspected, int inspectedItems, double total) {

	/** Places gained since the previous period (negative: lost); 0 when unknown. */
	public long movement() {
		return previousRank == null ? 0 : previousRank - rank;
	}

}
