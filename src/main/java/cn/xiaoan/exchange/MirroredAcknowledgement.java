package cn.xiaoan.exchange;

import java.time.OffsetDateTime;

/**
 * A school of a lower installation acknowledged (签收) a warning of this installation: the
 * school, when, whether late and how many required actions it took. {@code issuerName} is
 * empty for a warning of this installation ({@code warningId} is its id here), otherwise
 * the installation below that issued it (a city's warning to its counties' schools).
 */
public record MirroredAcknowledgement(String peerName, long warningId, String schoolName, String regionCode,
		int actionsDone, boolean late, OffsetDateTime acknowledgedAt, String issuerName) {
}
