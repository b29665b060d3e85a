package cn.xiaoan.liaison;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A clue as its readers see it: no student's name is in it, only grade, initials and
 * part. The police station it was routed to, or none (the county's police).
 */
public record ClueView(long id, String regionCode, Long schoolId, String unitName, ClueCategory category,
		LocalDateTime happenedAt, String place, String what, List<InvolvedStudent> students, String adults,
		String relatedCase, ClueState state, String forwardedName, Instant forwardedAt, Instant acknowledgeDue,
		Instant acknowledgedAt, String acknowledgedBy, ClueOutcome outcome, String outcomeNote, boolean late,
		Long stationId, String stationName) {

	static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(Clues.BEIJING);

	/** A moment of the clue in Beijing time, for pages ("2026-11-30 09:15"). */
	public static String beijing(Instant at) {
		return at == null ? "" : MINUTE.format(at);
	}

}
