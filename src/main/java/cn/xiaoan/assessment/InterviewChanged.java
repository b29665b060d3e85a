package cn.xiaoan.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A 约谈 was opened or its state changed: its whole state as it now stands, ids and facts
 * only — the reason, the school's reply and the bureau's comment are free text that may
 * name a pupil, and who opened it is a person, so none of them is here. {@code version}
 * rises at every change, so a reader keeps the newest whatever the order it hears them
 * in.
 */
public record InterviewChanged(long interviewId, String schemeName, String periodKey, long schoolId, String schoolName,
		String regionCode, String openedByRegion, LocalDate deadline, InterviewStatus status, OffsetDateTime openedAt,
		OffsetDateTime repliedAt, OffsetDateTime closedAt, int version) {
}
