package cn.xiaoan.duty;

import java.util.List;

/**
 * The signing rate of each unit directly below a region (cities of a province, counties
 * of a city, schools of a county), with the region's total: staff whose current list is
 * signed this school year ÷ staff holding at least one post.
 */
public record SigningRates(String regionCode, String regionName, String parentCode, String schoolYear,
		boolean ofSchools, List<Row> rows, Row total) {

	/** One unit: a region (code set) or a school (id set). */
	public record Row(String regionCode, Long schoolId, String name, long holding, long signed) {

		public long unsigned() {
			return holding - signed;
		}

		/** In percent, one decimal; null when nobody holds a post. */
		public Double rate() {
			return holding == 0 ? null : Math.round(signed * 1000.0 / holding) / 10.0;
		}

	}

}
