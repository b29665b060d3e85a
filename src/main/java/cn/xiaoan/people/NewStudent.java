package cn.xiaoan.people;

import java.time.LocalDate;

/**
 * A student row for bulk loading (import or data generator), with an optional guardian.
 */
public record NewStudent(long schoolId, String regionCode, long classId, String studentNo, String name, String gender,
		LocalDate birthDate, String idCard, boolean boarder, String guardianName, String guardianPhone,
		String guardianRelation) {
}
