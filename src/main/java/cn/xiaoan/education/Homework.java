package cn.xiaoan.education;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Homework of a school with how far each of its classes has got. */
public record Homework(long id, long schoolId, Long campaignId, String lessonCode, String lessonTitle, String title,
		LocalDate dueOn, boolean requiresParent, String assignerName, List<ClassProgress> classes) {

	public int assigned() {
		return classes.stream().mapToInt(ClassProgress::assigned).sum();
	}

	public int completed() {
		return classes.stream().mapToInt(ClassProgress::completed).sum();
	}

	/**
	 * One class: students assigned, done with the lesson, the quiz, the parent part, all.
	 */
	public record ClassProgress(long classId, String className, int assigned, int studied, int took, int passed,
			int parent, int completed) {

		/** Completion as every screen shows a rate ({@link RateDefinitions#percent}). */
		public double completionPercent() {
			return RateDefinitions.percent(completed, assigned);
		}

	}

	/**
	 * A student of a class on one homework: what is done, for the head teacher's list.
	 */
	public record StudentProgress(long studentId, String studentNo, String name, boolean studied, boolean quizTaken,
			Integer bestScore, boolean passed, boolean parentConfirmed, boolean completed, OffsetDateTime remindedAt) {

	}

	/**
	 * A class (grade and class name) a caller may assign homework to, with its students.
	 */
	public record ClassOption(long id, String name, int students) {

	}

}
