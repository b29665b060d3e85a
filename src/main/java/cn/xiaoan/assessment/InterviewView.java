package cn.xiaoan.assessment;

import java.time.LocalDate;

/** A 约谈 with its rectification order, the school's reply and the bureau's comment. */
public record InterviewView(long id, long schemeId, String schemeName, String periodKey, long schoolId,
		String schoolName, String regionCode, String reason, LocalDate deadline, InterviewStatus status, String reply,
		String comment, String openedByRegion, String openedByName, boolean overdue) {
}
