package cn.xiaoan.care;

import java.time.LocalDate;

/** A care visit was recorded; ids and facts only, never its content. */
public record CareVisitRecorded(long visitId, long studentId, long schoolId, String regionCode, CareForm form,
		LocalDate visitDate) {
}
