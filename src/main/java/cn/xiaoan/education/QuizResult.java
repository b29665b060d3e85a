package cn.xiaoan.education;

import java.util.List;
import java.util.UUID;

/**
 * The graded attempt: score in percent, passed or not, and per question whether it was
 * right. It never carries the answer key: the same question bank grades homework (issue
 * 9), so a practice attempt must not teach the keys of an assessment.
 */
public record QuizResult(UUID submissionId, String lessonCode, int correct, int total, int score, boolean passed,
		int passMark, List<Feedback> feedback) {

	/**
	 * One question's outcome, with its explanation when the question was answered (null
	 * otherwise).
	 */
	public record Feedback(long questionId, String question, boolean right, String explanation) {
	}

}
