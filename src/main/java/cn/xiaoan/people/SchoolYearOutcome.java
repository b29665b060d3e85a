package cn.xiaoan.people;

import java.util.List;

import cn.xiaoan.org.SchoolYearPlan;

/**
 * What the roll-over into {@code schoolYear} does ({@code applied} false: a preview) or
 * did: "将升级 N 个班，毕业 M 名学生". {@code alreadyAdvanced}: the school had rolled over into this
 * year before, and nothing changed.
 */
public record SchoolYearOutcome(long schoolId, String schoolYear, int promotedClasses, int graduatingClasses,
		int graduatingStudents, List<SchoolYearPlan.GradeStep> steps, SchoolYearPlan.GradeStep graduating,
		String newGradeName, int newClasses, boolean applied, boolean alreadyAdvanced) implements java.io.Serializable {
}
