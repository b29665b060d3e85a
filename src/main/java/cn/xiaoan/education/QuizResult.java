package cn.xiaoan.education;

import java.util.List;
import java.util.UUID;

/**
 * The graded attempt: score in percent, passed or not, and per question whether it was
 * right.
 */
public record QuizResult(UUID submissionId, String lessonCode, int correct, int total, int score, boolean passed,
		int passMark, List<Feedback> feedback) {

	/** One question's outcome with the right options and the explanation. */
	public record Feedback(long questionId, String question, boolean right, List<Integer> answer, String explanation) {
	}

}
