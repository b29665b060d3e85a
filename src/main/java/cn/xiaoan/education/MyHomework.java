package cn.xiaoan.education;

import java.time.LocalDate;

/**
 * One piece of homework of one student as the student ("我的作业") or a parent sees it;
 * {@code closing} when its campaign was withdrawn or ended early (nothing more is taken).
 */
public record MyHomework(long homeworkId, long studentId, String studentName, String title, String lessonCode,
		String lessonTitle, LocalDate dueOn, boolean requiresParent, boolean studied, boolean quizTaken,
		Integer bestScore, boolean passed, boolean parentConfirmed, boolean completed, int attempts,
		Campaign.Closing closing) {

	public MyHomework(long homeworkId, long studentId, String studentName, String title, String lessonCode,
			String lessonTitle, LocalDate dueOn, boolean requiresParent, boolean studied, boolean quizTaken,
			Integer bestScore, boolean passed, boolean parentConfirmed, boolean completed, int attempts) {
		this(homeworkId, studentId, studentName, title, lessonCode, lessonTitle, dueOn, requiresParent, studied,
				quizTaken, bestScore, passed, parentConfirmed, completed, attempts, null);
	}

	public boolean overdue(LocalDate today) {
		return closing == null && !completed && today.isAfter(dueOn);
	}

	/** Still to be done: not completed, and its campaign neither withdrawn nor ended. */
	public boolean open() {
		return closing == null && !completed;
	}

}
