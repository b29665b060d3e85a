package cn.xiaoan.notice;

import java.util.List;

/**
 * The read counters of a region of a bureau's notice and of each region directly below
 * it.
 */
public record ReceiptTally(Row region, List<Row> children) {

	/** Units addressed in a region and how many of them have read. */
	public record Row(String prefix, String name, int units, int readUnits) {

		public int unread() {
			return units - readUnits;
		}

	}

}
