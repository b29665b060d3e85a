package cn.xiaoan.accident;

import java.time.Duration;
import java.time.Instant;

/**
 * One hop of a report up the chain: {@code from} sends it to {@code to} by {@code due}
 * (counted from the accident's occurrence); the receiving level signs for it (签收).
 */
public record Hop(ReportLevel from, String fromRegion, ReportLevel to, String toRegion, Instant due, Instant sentAt,
		String sentBy, Integer lateMinutes, Instant receivedAt, String receivedBy) {

	Hop sent(Instant at, String by) {
		long late = Duration.between(due, at).toMinutes();
		return new Hop(from, fromRegion, to, toRegion, due, at, by, at.isAfter(due) ? (int) Math.max(1, late) : null,
				receivedAt, receivedBy);
	}

	Hop received(Instant at, String by) {
		return new Hop(from, fromRegion, to, toRegion, due, sentAt, sentBy, lateMinutes, at, by);
	}

	/** Sent after its deadline (recorded), or not sent and past it. */
	public boolean late(Instant now) {
		return lateMinutes != null || (sentAt == null && now.isAfter(due));
	}

	/** Minutes past the deadline: as recorded, or so far while it is not sent. */
	public long minutesLate(Instant now) {
		if (lateMinutes != null) {
			return lateMinutes;
		}
		return sentAt == null && now.isAfter(due) ? Math.max(1, Duration.between(due, now).toMinutes()) : 0;
	}

}
