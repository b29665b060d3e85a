package cn.xiaoan.org;

import java.util.List;

/**
 * What the roll-over into a school year does to a school's grades: each grade moves up
 * and takes the next grade's name, the top grade graduates (renamed after its graduation
 * year, e.g. "2026届"), and a new first grade takes the first grade's name.
 * {@code alreadyAdvanced} tells that the school has rolled over into this year already.
 */
public record SchoolYearPlan(String schoolYear, List<GradeStep> steps, GradeStep graduating, String newGradeName,
		int firstGradeClasses, boolean alreadyAdvanced) {

	/** The classes that move up (or graduate), the graduating ones excluded. */
	public int promotedClasses() {
		return steps.stream().mapToInt(s -> s.classIds().size()).sum();
	}

	/** One grade's move: from its name to the next one, with its classes. */
	public record GradeStep(long gradeId, String from, String to, List<Long> classIds) implements java.io.Serializable {
	}

}
