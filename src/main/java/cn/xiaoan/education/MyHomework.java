package cn.xiaoan.education;

import java.time.LocalDate;

/**
 * One piece of homework of one student as the student ("我的作业") or a parent sees it.
 */
public record MyHomework(long homeworkId, long studentId, String studentName, String title, String lessonCode,
		String lessonTitle, LocalDate dueOn, boolean requiresParent, boolean studied, boolean quizTaken,
		Integer bestScore, boolean passed, boolean parentConfirmed, boolean completed, int attempts) {

	public boolean overdue(LocalDate today) {
		return !completed && today.isAfter(dueOn);
	}

}
