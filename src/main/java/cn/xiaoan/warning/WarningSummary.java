package cn.xiaoan.warning;

import java.time.Instant;

/**
 * A warning as lists show it; for a school, {@code acknowledgedAt} is its own
 * acknowledgement (null while it has not signed), for a bureau the figures are those of
 * its own region.
 */
public record WarningSummary(long id, WarningKind kind, WarningLevel level, String title, String issuerName,
		Instant issuedAt, Instant validUntil, Instant chaseDue, int targets, int acknowledged, int late,
		Instant acknowledgedAt) {

	public boolean validAt(Instant now) {
		return validUntil.isAfter(now);
	}

	public int pending() {
		return targets - acknowledged;
	}

}
