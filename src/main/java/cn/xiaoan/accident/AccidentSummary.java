package cn.xiaoan.accident;

import java.time.OffsetDateTime;

/**
 * An accident as lists show it: where and when, what, how grave, how many were hurt, and
 * whether its report was late at any level. {@code late} is recorded lateness or a hop
 * past its deadline and not yet sent.
 */
public record AccidentSummary(long id, long schoolId, String regionCode, String schoolType, OffsetDateTime occurredAt,
		String place, AccidentKind kind, Severity severity, OffsetDateTime reportedAt, int hurt, int deaths,
		boolean late, boolean disruption, OffsetDateTime closedAt) {

	/** The accident's number in the ledger, e.g. SG000012. */
	public String number() {
		return String.format("SG%06d", id);
	}

	public boolean closed() {
		return closedAt != null;
	}

}
