package cn.xiaoan.accident;

/**
 * A school's accidents that occurred in a period, by grade: 一般, 较大, 重大 and 特别重大
 * ({@link Severity}).
 */
public record SchoolAccidentFigures(long schoolId, int general, int larger, int major, int especiallyMajor) {

	public int accidents() {
		return general + larger + major + especiallyMajor;
	}

}
