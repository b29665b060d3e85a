package cn.xiaoan.care;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A care visit with its content: confidential, every read audited. */
public record CareVisit(long id, long studentId, String studentName, String className, String staffName,
		LocalDate visitDate, CareForm form, String thinking, String studies, String family, String difficulties,
		String helpGiven, LocalDate nextFollowUp, OffsetDateTime recordedAt) {
}
