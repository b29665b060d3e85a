package cn.xiaoan.assessment;

/**
 * A bureau one level down ranked by the average score of its schools, with its place in
 * the previous period; {@code source} names the installation some or all of its schools'
 * scores come from (四级联网), null when all are this platform's.
 */
public record RankedRegion(long rank, Long previousRank, String code, String name, int schools, double average,
		String source) {

	public long movement() {
		return previousRank == null ? 0 : previousRank - rank;
	}

}
