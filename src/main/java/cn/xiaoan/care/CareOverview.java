package cn.xiaoan.care;

import java.util.List;

/**
 * The counts of a unit (a region or a school) and of the units below it: child regions
 * (drilled into) and the region's own schools (the end: never a student). {@code months}
 * are the visits recorded in each of the last six months, oldest first.
 */
public record CareOverview(String regionCode, String name, String parentCode, CareCounts total, List<Unit> regions,
		List<Unit> schools, List<Month> months) {

	/** A unit below: its key (a region code or a school id), name and counts. */
	public record Unit(String key, String name, CareCounts counts) {
	}

	/** Visits recorded in a month ({@code 2026-11}). */
	public record Month(String month, long visits) {
	}

}
