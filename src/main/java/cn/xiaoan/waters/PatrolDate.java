package cn.xiaoan.waters;

import java.time.LocalDate;

/**
 * A key patrol date range a bureau set for its region; {@code regionName} names the
 * bureau's region, {@code inherited} says it was set above the reader's own region.
 */
public record PatrolDate(long id, String regionPrefix, String regionName, String name, LocalDate startsOn,
		LocalDate endsOn, boolean inherited) {
}
