package cn.xiaoan.assessment;

import java.time.LocalDate;

/**
 * A 约谈 as {@code GET /api/v1/assessment/interviews} lists it, the rows of the 约谈整改 page
 * for the same caller (ADR 0081): one of this platform ({@code source} null, {@code id}
 * its id for {@code /interviews/{id}}), with its rectification order, reply and comment;
 * or one an installation below opened ({@code source} that installation's name, no
 * {@code id}, no scheme or school id: those are its ids there), without what ADR 0077
 * keeps below — the reason, the reply, the comment and who opened it. {@code key} tells
 * every row apart: {@code here-<id>} or {@code below-<source>-<its id there>}.
 */
record InterviewRow(String key, Long id, String source, Long schemeId, String schemeName, String periodKey,
		Long schoolId, String schoolName, String regionCode, String reason, LocalDate deadline, InterviewStatus status,
		String reply, String comment, String openedByRegion, String openedByName, boolean overdue) {

	static InterviewRow of(InterviewView v) {
		return new InterviewRow("here-" + v.id(), v.id(), null, v.schemeId(), v.schemeName(), v.periodKey(),
				v.schoolId(), v.schoolName(), v.regionCode(), v.reason(), v.deadline(), v.status(), v.reply(),
				v.comment(), v.openedByRegion(), v.openedByName(), v.overdue());
	}

	static InterviewRow of(InterviewsElsewhere.Interview v, LocalDate today) {
		return new InterviewRow("below-" + v.source() + "-" + v.interviewId(), null, v.source(), null, v.schemeName(),
				v.periodKey(), null, v.schoolName(), v.regionCode(), null, v.deadline(), v.status(), null, null, null,
				null, v.overdue(today));
	}

}
