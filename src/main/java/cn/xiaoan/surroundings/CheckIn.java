package cn.xiaoan.surroundings;

import java.time.OffsetDateTime;

/**
 * A check-in stored: who stood at which post, when, and whether a position and photo
 * came.
 */
public record CheckIn(long id, long postId, String postName, String schoolName, OffsetDateTime checkedAt,
		Double latitude, Double longitude, boolean photo, String note, String byName) {
}
