package cn.xiaoan.assessment;

/**
 * A bureau one level down ranked by the average score of its schools, with its place in
 * the previous period.
 */
public record RankedRegion(long rank, Long previousRank, String code, String name, int schools, double average) {

	public long movement() {
		return previousRank == null ? 0 : previousRank - rank;
	}

}
