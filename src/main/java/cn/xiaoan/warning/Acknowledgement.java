package cn.xiaoan.warning;

import java.time.Instant;
import java.util.List;

/**
 * One school's line of a warning: acknowledged (签收) when and by whom, chased when, and
 * what it reported per required action.
 */
public record Acknowledgement(long schoolId, String schoolName, String regionCode, Instant acknowledgedAt,
		String acknowledgedBy, String note, Instant chasedAt, List<ActionReport> actions) {

	public boolean acknowledged() {
		return acknowledgedAt != null;
	}

	/** Chased and still silent: the county sees the school as late. */
	public boolean late() {
		return chasedAt != null && acknowledgedAt == null;
	}

	public long actionsDone() {
		return actions.stream().filter(ActionReport::done).count();
	}

	/** What the school reported for the action numbered {@code seq} (from 1). */
	public record ActionReport(int seq, boolean done, String note) {
	}

}
