package cn.xiaoan.exchange;

import java.time.OffsetDateTime;

/**
 * A hazard of a lower installation's school, as its bureau above sees it read-only:
 * ledger facts only, no names of people.
 */
public record MirroredHazard(String peerName, long hazardId, String number, String schoolName, String regionCode,
		String categoryKey, String gradeKey, OffsetDateTime reportedAt, String escalationKey) {
}
