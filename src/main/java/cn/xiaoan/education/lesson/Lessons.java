package cn.xiaoan.education.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.education.Lesson;
import cn.xiaoan.education.LessonPage;
import cn.xiaoan.education.QuizQuestion;
import cn.xiaoan.education.QuizResult;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.people.ClassRosters;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons and quizzes for every signed-in person: reading a lesson, taking its quiz
 * (questions in an order of their own per attempt) and having it graded against the
 * policy's pass mark, as practice or as homework. A submission carries an id chosen by
 * the client, so a retried request returns the first result instead of counting twice.
 * Internal: other modules and the pages go through {@code EducationManagement}.
 */
@Service
@Transactional(readOnly = true)
public class Lessons {

	private static final TypeReference<Map<Long, Set<Integer>>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final QuizContent content;

	private final Attempts attempts;

	private final LessonMediaLibrary media;

	private final LessonCatalogue catalogue;

	private final ObjectMapper json;

	private final ClassRosters rosters;

	private final SchoolStructure structure;

	Lessons(JdbcClient jdbc, QuizContent content, Attempts attempts, LessonMediaLibrary media,
			LessonCatalogue catalogue, ObjectMapper json, ClassRosters rosters, SchoolStructure structure) {
		this.jdbc = jdbc;
		this.content = content;
		this.attempts = attempts;
		this.media = media;
		this.catalogue = catalogue;
		this.json = json;
		this.rosters = rosters;
		this.structure = structure;
	}

	public List<Lesson> lessons() {
		Callers.current();
		return jdbc.sql("select code from education.lesson order by id")
			.query(String.class)
			.list()
			.stream()
			.map(this::lesson)
			.toList();
	}

	public Lesson lesson(String code) {
		Callers.current();
		return content.lesson(code).orElseThrow(() -> new NotFound("lesson", code));
	}

	/** The quiz without answers, in an order fixed by the attempt's submission id. */
	public List<QuizQuestion> quiz(String code, UUID submissionId) {
		List<QuizQuestion> questions = new ArrayList<>(
				content.questions(lesson(code).id()).stream().map(Question::withoutAnswer).toList());
		Collections.shuffle(questions, new Random(submissionId.getMostSignificantBits()));
		return questions;
	}

	/** The lesson page of the caller: media they may see, what they may do. */
	public LessonPage page(String code, UUID submissionId) {
		CurrentUser me = Callers.current();
		DataScope.Kind kind = me.scope().kind();
		return new LessonPage(lesson(code), media.media(code), quiz(code, submissionId), submissionId,
				me.can(Permission.EDUCATION_ASSIGN) && kind == DataScope.Kind.SCHOOL,
				me.can(Permission.EDUCATION_CAMPAIGN) && (kind == DataScope.Kind.REGION || kind == DataScope.Kind.ALL));
	}

	/** The code of the lesson of a homework. */
	public String homeworkLesson(long homeworkId) {
		return content.homeworkLesson(homeworkId).orElseThrow(() -> new NotFound("homework", homeworkId));
	}

	/**
	 * Grades an attempt, as homework when {@code homeworkId} is given: then only a
	 * student the homework is assigned to may answer, only until passed and within the
	 * policy's retakes, and the assignment records the quiz. Holds no transaction (nor a
	 * connection) of its own while a homework attempt waits for its group commit; inside
	 * a caller's transaction the attempt is written there.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public QuizResult submit(String code, UUID submissionId, Map<Long, Set<Integer>> answers, Long homeworkId) {
		CurrentUser caller = Callers.current();
		Lesson lesson = lesson(code);
		if (submissionId == null) {
			throw new BusinessRuleViolation("submissionId", "quiz.submission.required");
		}
		List<Question> questions = content.questions(lesson.id());
		Map<String, String> problems = QuizGrading.problems(questions, answers == null ? Map.of() : answers);
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		String region = regionOf(caller.scope());
		int passMark = content.setting(PolicySetting.EDUCATION_QUIZ_PASS_PERCENT, region);
		int correct = QuizGrading.correct(questions, answers);
		int score = QuizGrading.score(correct, questions.size());
		Attempts.Graded graded = new Attempts.Graded(submissionId, lesson.id(), caller.accountId(), region,
				caller.scope().schoolId(), correct, questions.size(), score, score >= passMark,
				json.writeValueAsString(answers));
		boolean inserted = homeworkId == null ? attempts.practice(graded) : attempts.homework(caller, homeworkId,
				graded, content.setting(PolicySetting.EDUCATION_QUIZ_RETAKES, region));
		if (inserted) {
			return QuizGrading.result(lesson.code(), submissionId, answers, questions, correct, score, passMark);
		}
		Attempts.Stored stored = attempts.stored(submissionId);
		if (stored.accountId() != caller.accountId() || stored.lessonId() != lesson.id()) {
			throw new BusinessRuleViolation("submissionId", "quiz.submission.taken");
		}
		return QuizGrading.result(lesson.code(), submissionId, json.readValue(stored.answers(), ANSWERS), questions,
				stored.correct(), stored.score(), passMark);
	}

	/**
	 * Loads the shipped lessons if start-up has not yet (generated data may need them).
	 */
	public void ensureLoaded() {
		catalogue.ensureLoaded();
	}

	/**
	 * The region a caller's figures count towards and whose policy applies: their
	 * school's (carried by the scope since sign-in), else their bureau's; null for the
	 * platform.
	 */
	static String regionOf(DataScope scope) {
		if (scope.schoolId() != null) {
			return scope.schoolRegion();
		}
		String prefix = scope.regionPrefix();
		return prefix == null || prefix.isEmpty() ? null : RegionCode.fromPrefix(prefix).value();
	}

	/**
	 * The school stage of the caller's class — a student's own, a parent's (first)
	 * child's — as people and org give them; empty for staff and bureaus.
	 */
	public java.util.Optional<cn.xiaoan.education.Stage> stageOfCaller() {
		return rosters.classOfCaller()
			.map(c -> structure.stagesOf(List.of(c)).get(c))
			.flatMap(name -> cn.xiaoan.education.Stage.parse(List.of(name)).stream().findFirst());
	}

}
