package cn.xiaoan.education;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons and quizzes for every signed-in person: reading a lesson, taking its quiz
 * (questions in an order of their own per attempt) and having it graded against the
 * policy's pass mark. A submission carries an id chosen by the client, so a retried
 * request returns the first result instead of counting twice.
 */
@Service
@Transactional(readOnly = true)
public class EducationManagement {

	private final JdbcClient jdbc;

	private final QuizContent content;

	private final ObjectMapper json;

	private final HomeworkAttempts homework;

	EducationManagement(JdbcClient jdbc, QuizContent content, ObjectMapper json, HomeworkAttempts homework) {
		this.jdbc = jdbc;
		this.homework = homework;
		this.content = content;
		this.json = json;
	}

	public List<Lesson> lessons() {
		Callers.current();
		return jdbc.sql("select code from education.lesson order by id")
			.query(String.class)
			.list()
			.stream()
			.map(code -> content.lesson(code).orElseThrow(() -> new NotFound("lesson", code)))
			.toList();
	}

	public Lesson lesson(String code) {
		Callers.current();
		return content.lesson(code).orElseThrow(() -> new NotFound("lesson", code));
	}

	/** The code of the lesson of a homework, if it exists. */
	public String homeworkLesson(long homeworkId) {
		return content.homeworkLesson(homeworkId).orElseThrow(() -> new NotFound("homework", homeworkId));
	}

	/**
	 * The quiz of a lesson without answers, in an order fixed by the attempt's submission
	 * id.
	 */
	public List<QuizQuestion> quiz(String code, UUID submissionId) {
		List<QuizQuestion> questions = new ArrayList<>(
				questions(lesson(code).id()).stream().map(Question::withoutAnswer).toList());
		Collections.shuffle(questions, new Random(submissionId.getMostSignificantBits()));
		return questions;
	}

	/**
	 * Grades a practice attempt; the same submission id answers the first result again.
	 */
	@Transactional
	public QuizResult submit(String code, UUID submissionId, Map<Long, Set<Integer>> answers) {
		return submit(code, submissionId, answers, null);
	}

	/**
	 * Grades an attempt, as homework when {@code homeworkId} is given: then only a
	 * student the homework is assigned to may answer, only until passed and within the
	 * policy's retakes, and the assignment records the quiz. The same submission id
	 * answers the first result again.
	 */
	@Transactional
	public QuizResult submit(String code, UUID submissionId, Map<Long, Set<Integer>> answers, Long homeworkId) {
		CurrentUser caller = Callers.current();
		Lesson lesson = lesson(code);
		if (submissionId == null) {
			throw new BusinessRuleViolation("submissionId", "quiz.submission.required");
		}
		List<Question> questions = questions(lesson.id());
		Map<String, String> problems = problems(questions, answers == null ? Map.of() : answers);
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		String region = content.region(caller);
		int passMark = content.setting(PolicySetting.EDUCATION_QUIZ_PASS_PERCENT, region);
		int correct = (int) questions.stream().filter(q -> q.rightFor(answers.get(q.id()))).count();
		int score = Math.round(100f * correct / questions.size());
		HomeworkAttempts.Graded graded = new HomeworkAttempts.Graded(submissionId, lesson.id(), caller.accountId(),
				region, caller.scope().schoolId(), correct, questions.size(), score, score >= passMark,
				json.writeValueAsString(answers));
		boolean inserted;
		if (homeworkId != null) {
			inserted = homework.attempt(caller, homeworkId, graded,
					content.setting(PolicySetting.EDUCATION_QUIZ_RETAKES, region));
		}
		else {
			inserted = !submitted(submissionId) && practice(graded) == 1;
		}
		return inserted ? result(lesson, submissionId, answers, questions, correct, score, passMark)
				: stored(lesson, submissionId, caller, questions, passMark);
	}

	private int practice(HomeworkAttempts.Graded graded) {
		return jdbc
			.sql("""
					insert into education.attempt (submission_id, lesson_id, account_id, region_code, school_id, correct, total,
					                               score, passed, answers)
					values (:id, :lesson, :account, :region, :school, :correct, :total, :score, :passed, cast(:answers as jsonb))
					on conflict (submission_id) do nothing""")
			.params(graded.params())
			.update();
	}

	private boolean submitted(UUID submissionId) {
		return jdbc.sql("select exists (select 1 from education.attempt where submission_id = :id)")
			.param("id", submissionId)
			.query(Boolean.class)
			.single();
	}

	private QuizResult stored(Lesson lesson, UUID submissionId, CurrentUser caller, List<Question> questions,
			int passMark) {
		record Stored(long lessonId, long accountId, String answers, int correct, int score) {
		}
		Stored stored = jdbc.sql("""
				select lesson_id, account_id, cast(answers as text), correct, score from education.attempt
				where submission_id = :id""")
			.param("id", submissionId)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
			.single();
		if (stored.accountId() != caller.accountId() || stored.lessonId() != lesson.id()) {
			throw new BusinessRuleViolation("submissionId", "quiz.submission.taken");
		}
		Map<Long, Set<Integer>> answers = json.readValue(stored.answers(),
				new TypeReference<Map<Long, Set<Integer>>>() {
				});
		return result(lesson, submissionId, answers, questions, stored.correct(), stored.score(), passMark);
	}

	private static QuizResult result(Lesson lesson, UUID submissionId, Map<Long, Set<Integer>> answers,
			List<Question> questions, int correct, int score, int passMark) {
		List<QuizResult.Feedback> feedback = questions.stream()
			.map(q -> new QuizResult.Feedback(q.id(), q.text(), q.rightFor(answers.get(q.id())),
					List.copyOf(new TreeSet<>(q.answer())), q.explanation()))
			.toList();
		return new QuizResult(submissionId, lesson.code(), correct, questions.size(), score, score >= passMark,
				passMark, feedback);
	}

	/**
	 * Every question answered, with options that exist, one of them where only one may be
	 * chosen.
	 */
	static Map<String, String> problems(List<Question> questions, Map<Long, Set<Integer>> answers) {
		Map<String, String> problems = new LinkedHashMap<>();
		Set<Long> known = new TreeSet<>();
		for (Question q : questions) {
			known.add(q.id());
			Set<Integer> chosen = answers.get(q.id());
			String field = "answers." + q.id();
			if (chosen == null || chosen.isEmpty()) {
				problems.put(field, "quiz.answer.missing");
			}
			else if (chosen.stream().anyMatch(i -> i == null || i < 0 || i >= q.options().size())) {
				problems.put(field, "quiz.answer.invalid");
			}
			else if (q.type() != QuestionType.MULTIPLE && chosen.size() != 1) {
				problems.put(field, "quiz.answer.one");
			}
		}
		answers.keySet()
			.stream()
			.filter(id -> !known.contains(id))
			.findFirst()
			.ifPresent(id -> problems.put("answers." + id, "quiz.answer.unknown"));
		return problems;
	}

	List<Question> questions(long lessonId) {
		return content.questions(lessonId);
	}

}
