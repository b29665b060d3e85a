package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A hazard of a lower installation's school, as its bureau above sees it read-only:
 * ledger facts only, no names of people; the installation it lives at (also when a middle
 * installation forwarded it); its status, deadline (the hazard's, or its 督办's when
 * earlier; null while none was sent), escalation and 挂牌督办 as last sent from there.
 * {@code supervised} while listed and not closed; {@code supervisedByKey} the supervising
 * bureau's level (null when never listed); {@code acceptanceDue} the date its on-site
 * acceptance is due by and {@code summonedAt} when the supervising bureau summoned the
 * school's leaders (约谈) — null when not sent (a release before, ADR 0075) or not done.
 */
public record MirroredHazard(String peerName, long hazardId, String number, String schoolName, String regionCode,
		String categoryKey, String gradeKey, OffsetDateTime reportedAt, String escalationKey, String statusKey,
		LocalDate deadline, boolean supervised, String supervisedByKey, LocalDate supervisionDeadline,
		OffsetDateTime supervisionAcceptedAt, LocalDate acceptanceDue, OffsetDateTime summonedAt) {

	/**
	 * Under 督办 and its on-site acceptance past due by {@code today} (not yet accepted).
	 */
	public boolean acceptanceOverdue(LocalDate today) {
		return supervised && supervisionAcceptedAt == null && acceptanceDue != null && acceptanceDue.isBefore(today);
	}

}
