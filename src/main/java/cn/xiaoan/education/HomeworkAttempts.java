package cn.xiaoan.education;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The homework side of a quiz attempt: who may answer, how often, and what it records.
 */
@Component
class HomeworkAttempts {

	private final JdbcClient jdbc;

	HomeworkAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the caller's assignment of the homework's lesson and refuses an attempt by
	 * anyone else, after a pass, or beyond {@code retakes} retakes.
	 */
	void admit(CurrentUser caller, long homeworkId, long lessonId, int retakes) {
		if (caller.role() != Role.STUDENT || caller.personId() == null) {
			throw new AccessDenied("only the student answers a homework quiz");
		}
		record State(int attempts, boolean passed) {
		}
		State state = jdbc
			.sql("""
					select a.attempts, a.passed from education.assignment a join education.homework h on h.id = a.homework_id
					where a.homework_id = :h and a.student_id = :s and h.lesson_id = :l for update of a""")
			.param("h", homeworkId)
			.param("s", caller.personId())
			.param("l", lessonId)
			.query((rs, n) -> new State(rs.getInt(1), rs.getBoolean(2)))
			.optional()
			.orElseThrow(() -> new AccessDenied("homework " + homeworkId + " is not assigned to the caller"));
		if (state.passed()) {
			throw new BusinessRuleViolation("submissionId", "quiz.retake.passed");
		}
		if (state.attempts() > retakes) {
			throw new BusinessRuleViolation("submissionId", "quiz.retake.exhausted");
		}
	}

	/** Taking the quiz means the lesson above it was gone through. */
	void recordQuiz(CurrentUser caller, long homeworkId, int score, boolean passed) {
		jdbc.sql(
				"""
						update education.assignment set quiz_at = coalesce(quiz_at, now()), studied_at = coalesce(studied_at, now()),
						       attempts = attempts + 1, best_score = greatest(best_score, :score), passed = passed or :passed
						where homework_id = :h and student_id = :s""")
			.param("h", homeworkId)
			.param("s", caller.personId())
			.param("score", score)
			.param("passed", passed)
			.update();
	}

}
