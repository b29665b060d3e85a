package cn.xiaoan.org;

import java.util.List;

/**
 * A school rolled over into a new school year: its classes moved up one grade, the
 * classes of the top grade graduated, and a new first grade with {@code newClassIds}
 * awaits the intake.
 */
public record SchoolYearAdvanced(long schoolId, String regionCode, String schoolYear, List<Long> promotedClassIds,
		List<Long> graduatedClassIds, long newGradeId, List<Long> newClassIds) {
}
