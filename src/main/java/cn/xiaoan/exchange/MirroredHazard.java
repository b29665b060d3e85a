package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A hazard of a lower installation's school, as its bureau above sees it read-only:
 * ledger facts only, no names of people; its status and deadline as last sent from there
 * ({@code deadline} null while none was sent).
 */
public record MirroredHazard(String peerName, long hazardId, String number, String schoolName, String regionCode,
		String categoryKey, String gradeKey, OffsetDateTime reportedAt, String escalationKey, String statusKey,
		LocalDate deadline) {
}
