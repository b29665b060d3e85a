package cn.xiaoan.exchange;

import java.time.OffsetDateTime;

/**
 * An accident report of a lower installation's school as the bureau above sees it: kind,
 * severity, school, time and whether it is closed — nobody's name.
 */
public record MirroredAccident(String peerName, long accidentId, String schoolName, String regionCode, String kindKey,
		String severityKey, OffsetDateTime occurredAt, boolean closed) {
}
