package cn.xiaoan.exchange;

import java.time.OffsetDateTime;

/**
 * A school of a lower installation acknowledged (签收) a warning of this installation: the
 * school, when, whether late and how many required actions it took.
 */
public record MirroredAcknowledgement(String peerName, long warningId, String schoolName, String regionCode,
		int actionsDone, boolean late, OffsetDateTime acknowledgedAt) {
}
