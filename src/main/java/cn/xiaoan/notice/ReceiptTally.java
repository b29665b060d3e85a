package cn.xiaoan.notice;

import java.util.List;

/**
 * The read counters of a region of a bureau's notice and of each region directly below
 * it.
 */
public record ReceiptTally(Row region, List<Row> children) {

	/**
	 * The units of the region in none of the regions below it (a county's own schools
	 * beside its townships'), so the rows add up to the region's figures; null when none.
	 */
	public Row direct() {
		if (children.isEmpty()) {
			return null;
		}
		int units = region.units() - children.stream().mapToInt(Row::units).sum();
		if (units <= 0) {
			return null;
		}
		return new Row(region.prefix(), "", units,
				region.readUnits() - children.stream().mapToInt(Row::readUnits).sum(), null);
	}

	/**
	 * Units addressed in a region and how many of them have read; {@code source} names
	 * the installation below whose units (mirrored) count here, null when none do.
	 */
	public record Row(String prefix, String name, int units, int readUnits, String source) {

		public int unread() {
			return units - readUnits;
		}

	}

}
