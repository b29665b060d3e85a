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

	private final PolicyManagement policy;

	private final OrgManagement org;

	private final ObjectMapper json;

	private final HomeworkAttempts homework;

	EducationManagement(JdbcClient jdbc, PolicyManagement policy, OrgManagement org, ObjectMapper json,
			HomeworkAttempts homework) {
		this.jdbc = jdbc;
		this.homework = homework;
		this.policy = policy;
		this.org = org;
		this.json = json;
	}

	public List<Lesson> lessons() {
		Callers.current();
		return jdbc
			.sql("select id, code, title, grade_band, minutes, cast(content as text) from education.lesson order by id")
			.query((rs, n) -> lesson(rs))
			.list();
	}

	public Lesson lesson(String code) {
		Callers.current();
		return jdbc
			.sql("""
					select id, code, title, grade_band, minutes, cast(content as text) from education.lesson where code = :c""")
			.param("c", code)
			.query((rs, n) -> lesson(rs))
			.optional()
			.orElseThrow(() -> new NotFound("lesson", code));
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
		String region = region(caller);
		int passMark = policy.effective(PolicySetting.EDUCATION_QUIZ_PASS_PERCENT, region).asInt();
		if (submitted(submissionId)) {
			return stored(lesson, submissionId, caller, questions, passMark);
		}
		if (homeworkId != null) {
			homework.admit(caller, homeworkId, lesson.id(),
					policy.effective(PolicySetting.EDUCATION_QUIZ_RETAKES, region).asInt());
			if (submitted(submissionId)) {
				return stored(lesson, submissionId, caller, questions, passMark);
			}
		}
		int correct = (int) questions.stream().filter(q -> q.rightFor(answers.get(q.id()))).count();
		int score = Math.round(100f * correct / questions.size());
		int inserted = jdbc
			.sql("""
					insert into education.attempt (submission_id, lesson_id, account_id, region_code, school_id, correct, total,
					                               score, passed, answers, homework_id)
					values (:id, :lesson, :account, :region, :school, :correct, :total, :score, :passed, cast(:answers as jsonb),
					        :homework)
					on conflict (submission_id) do nothing""")
			.param("homework", homeworkId)
			.param("id", submissionId)
			.param("lesson", lesson.id())
			.param("account", caller.accountId())
			.param("region", region)
			.param("school", caller.scope().schoolId())
			.param("correct", correct)
			.param("total", questions.size())
			.param("score", score)
			.param("passed", score >= passMark)
			.param("answers", json.writeValueAsString(answers))
			.update();
		if (inserted == 1 && homeworkId != null) {
			homework.recordQuiz(caller, homeworkId, score, score >= passMark);
		}
		return inserted == 1 ? result(lesson, submissionId, answers, questions, correct, score, passMark)
				: stored(lesson, submissionId, caller, questions, passMark);
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
		return jdbc.sql("""
				select id, position, type, text, options, answer, explanation from education.question
				where lesson_id = :l order by position""")
			.param("l", lessonId)
			.query((rs, n) -> new Question(rs.getLong(1), rs.getInt(2), QuestionType.valueOf(rs.getString(3)),
					rs.getString(4), strings(rs.getArray(5)), Set.copyOf(ints(rs.getArray(6))), rs.getString(7)))
			.list();
	}

	private String region(CurrentUser caller) {
		Long school = caller.scope().schoolId();
		if (school != null) {
			return org.findSchool(school).map(SchoolSummary::regionCode).orElse(null);
		}
		String prefix = caller.scope().regionPrefix();
		return prefix == null || prefix.isEmpty() ? null : RegionCode.fromPrefix(prefix).value();
	}

	private Lesson lesson(ResultSet rs) throws SQLException {
		var content = json.readTree(rs.getString(6));
		return new Lesson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				json.convertValue(content.get("studentPart"), new TypeReference<List<Lesson.Section>>() {
				}), json.convertValue(content.get("parentPart"), new TypeReference<List<Lesson.Section>>() {
				}), json.convertValue(content.get("keyPoints"), new TypeReference<List<String>>() {
				}));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private static List<Integer> ints(Array array) throws SQLException {
		return Arrays.asList((Integer[]) array.getArray());
	}

}
