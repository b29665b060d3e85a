package cn.xiaoan.warning;

import java.util.List;

/**
 * Acknowledgement of a warning in one region and each region directly below it, from the
 * counters kept per region (never a count over the schools' rows).
 */
public record Progress(Row region, List<Row> children) {

	/**
	 * The schools of the region in none of the regions below it (a county's own schools
	 * beside its townships'), so the rows add up to the region's figures; null when none.
	 */
	public Row direct() {
		if (children.isEmpty()) {
			return null;
		}
		int targets = region.targets() - children.stream().mapToInt(Row::targets).sum();
		if (targets <= 0) {
			return null;
		}
		return new Row(region.prefix(), "", targets,
				region.acknowledged() - children.stream().mapToInt(Row::acknowledged).sum(),
				region.late() - children.stream().mapToInt(Row::late).sum());
	}

	/**
	 * The figures of one region: schools reached, acknowledged, chased and still silent.
	 */
	public record Row(String prefix, String name, int targets, int acknowledged, int late) {

		public int pending() {
			return targets - acknowledged;
		}

		/** Acknowledged share in whole percent (0 with no targets). */
		public int percent() {
			return targets == 0 ? 0 : (int) Math.floor(acknowledged * 100.0 / targets);
		}

	}

}
