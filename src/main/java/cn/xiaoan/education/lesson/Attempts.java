package cn.xiaoan.education.lesson;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores graded quiz attempts, idempotent by the submission id the client chose. A
 * homework attempt is one statement (one round trip, ADR 0007), shared with the attempts
 * arriving meanwhile ({@link AttemptGroupCommit}, ADR 0065): it skips a submission id
 * already stored, locks the caller's assignment of the homework's lesson, admits the
 * attempt unless passed or beyond the retakes, stores it and records the quiz on the
 * assignment.
 */
@Component
class Attempts {

	/** A graded attempt, as stored. */
	record Graded(UUID id, long lesson, long account, String region, Long school, int correct, int total, int score,
			boolean passed, String answers) {

		Map<String, Object> params() {
			Map<String, Object> params = new HashMap<>();
			params.put("id", id);
			params.put("lesson", lesson);
			params.put("account", account);
			params.put("region", region);
			params.put("school", school);
			params.put("correct", correct);
			params.put("total", total);
			params.put("score", score);
			params.put("passed", passed);
			params.put("answers", answers);
			return params;
		}

	}

	/** An attempt stored before, read back for a retried submission. */
	record Stored(long lessonId, long accountId, String answers, int correct, int score) {
	}

	private final JdbcClient jdbc;

	private final AttemptGroupCommit groupCommit;

	Attempts(JdbcClient jdbc, AttemptGroupCommit groupCommit) {
		this.jdbc = jdbc;
		this.groupCommit = groupCommit;
	}

	/**
	 * Stores a practice attempt; answers false when its submission id was stored before.
	 */
	boolean practice(Graded graded) {
		boolean submitted = jdbc.sql("select exists (select 1 from education.attempt where submission_id = :id)")
			.param("id", graded.id())
			.query(Boolean.class)
			.single();
		return !submitted && jdbc
			.sql("""
					insert into education.attempt (submission_id, lesson_id, account_id, region_code, school_id, correct, total,
					                               score, passed, answers)
					values (:id, :lesson, :account, :region, :school, :correct, :total, :score, :passed, cast(:answers as jsonb))
					on conflict (submission_id) do nothing""")
			.params(graded.params())
			.update() == 1;
	}

	/**
	 * Stores the attempt of the caller (a student) at homework {@code homeworkId};
	 * answers false when its submission id was stored before (by this or a concurrent
	 * request). Refuses anyone else, an attempt at the homework of a campaign withdrawn
	 * or ended early, after a pass or beyond {@code retakes} retakes.
	 */
	boolean homework(CurrentUser caller, long homeworkId, Graded graded, int retakes) {
		if (caller.role() != Role.STUDENT || caller.personId() == null) {
			throw new AccessDenied("only the student answers a homework quiz");
		}
		AttemptGroupCommit.Outcome outcome = groupCommit
			.write(new AttemptGroupCommit.Pending(graded, homeworkId, caller.personId(), retakes));
		if (outcome.prior() || outcome.inserted()) {
			return outcome.inserted();
		}
		if (outcome.attempts() == null) {
			throw new AccessDenied("homework " + homeworkId + " is not assigned to the caller");
		}
		if (outcome.closed() != null) {
			throw new BusinessRuleViolation("submissionId", "homework.campaign.closed." + outcome.closed());
		}
		if (outcome.passed()) {
			throw new BusinessRuleViolation("submissionId", "quiz.retake.passed");
		}
		if (outcome.attempts() > retakes) {
			throw new BusinessRuleViolation("submissionId", "quiz.retake.exhausted");
		}
		return false;
	}

	Stored stored(UUID submissionId) {
		return jdbc.sql("""
				select lesson_id, account_id, cast(answers as text), correct, score from education.attempt
				where submission_id = :id""")
			.param("id", submissionId)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
			.single();
	}

}
