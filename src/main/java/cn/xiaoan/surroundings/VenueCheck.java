package cn.xiaoan.surroundings;

import java.time.OffsetDateTime;

/**
 * A check stored: which school's surroundings, what was found, the venue it concerns
 * (null when nothing was found), when, where and by whom.
 */
public record VenueCheck(long id, long schoolId, String schoolName, CheckOutcome outcome, Long venueId,
		String venueName, String finding, OffsetDateTime checkedAt, Double latitude, Double longitude, boolean photo,
		String byName) {
}
