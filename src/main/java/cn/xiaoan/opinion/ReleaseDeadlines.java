package cn.xiaoan.opinion;

import java.time.Duration;
import java.time.Instant;

/**
 * The national deadlines of a major event (国办发〔2016〕61号): authoritative information
 * within some hours of the occurrence, a press conference within a day — each with its
 * due time and when it was met. Both are null for a general or larger event.
 */
record ReleaseDeadlines(Deadline firstRelease, Deadline press) {

	enum Kind {

		FIRST_RELEASE, PRESS_CONFERENCE;

		String messageKey() {
			return "opinion.deadline." + name();
		}

	}

	/** One deadline: due, met (or null), and what it is. */
	record Deadline(Kind kind, Instant due, Instant metAt) {

		/** Passed without being met. */
		boolean missed(Instant now) {
			return metAt == null && now.isAfter(due);
		}

		/** Met, but after it was due. */
		boolean metLate() {
			return metAt != null && metAt.isAfter(due);
		}

		/** Unmet and due within the hour: shown as urgent. */
		boolean pressing(Instant now) {
			return metAt == null && !now.isAfter(due) && Duration.between(now, due).toMinutes() <= 60;
		}

		/** The time left, never negative. */
		Duration left(Instant now) {
			Duration left = Duration.between(now, due);
			return left.isNegative() ? Duration.ZERO : left;
		}

		/** The page's word for it: met, met late, missed, or running. */
		String stateKey(Instant now) {
			if (metAt != null) {
				return metLate() ? "opinion.deadline.metLate" : "opinion.deadline.met";
			}
			return missed(now) ? "opinion.deadline.missed" : "opinion.deadline.running";
		}

	}

	static ReleaseDeadlines of(Severity severity, Instant occurredAt, int firstReleaseHours, int pressHours,
			Instant firstReleaseAt, Instant pressAt) {
		if (!severity.major()) {
			return new ReleaseDeadlines(null, null);
		}
		return new ReleaseDeadlines(
				new Deadline(Kind.FIRST_RELEASE, occurredAt.plus(Duration.ofHours(firstReleaseHours)), firstReleaseAt),
				new Deadline(Kind.PRESS_CONFERENCE, occurredAt.plus(Duration.ofHours(pressHours)), pressAt));
	}

	/** Has either deadline passed unmet? */
	boolean late(Instant now) {
		return firstRelease != null && firstRelease.missed(now) || press != null && press.missed(now);
	}

	boolean any() {
		return firstRelease != null;
	}

}
