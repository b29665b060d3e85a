package cn.xiaoan.education.lesson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.education.QuizQuestion;
import cn.xiaoan.education.QuizResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuizGradingTests {

	private static final Question SINGLE = new Question(1, 0, QuizQuestion.Type.SINGLE, "遇到有人落水怎么办？",
			List.of("跳下去救", "大声呼救并找大人", "离开"), Set.of(1), "不要盲目下水施救。");

	private static final Question MULTIPLE = new Question(2, 1, QuizQuestion.Type.MULTIPLE, "哪些地方不能私自游泳？",
			List.of("水库", "河边", "有救生员的泳池"), Set.of(0, 1), "");

	private static final Question TRUE_FALSE = new Question(3, 2, QuizQuestion.Type.TRUE_FALSE, "会游泳就可以独自下河。",
			List.of("对", "错"), Set.of(1), "");

	private static final List<Question> QUIZ = List.of(SINGLE, MULTIPLE, TRUE_FALSE);

	private static Map<Long, Set<Integer>> sheet(Set<Integer> single, Set<Integer> multiple, Set<Integer> trueFalse) {
		Map<Long, Set<Integer>> answers = new HashMap<>();
		answers.put(1L, single);
		answers.put(2L, multiple);
		answers.put(3L, trueFalse);
		return answers;
	}

	@Test
	void aCompleteSheetOfExistingOptionsHasNoProblems() {
		assertThat(QuizGrading.problems(QUIZ, sheet(Set.of(0), Set.of(0, 2), Set.of(0)))).isEmpty();
	}

	@Test
	void everyQuestionMustBeAnswered() {
		Map<Long, Set<Integer>> answers = sheet(Set.of(1), Set.of(), Set.of(1));
		answers.remove(1L);
		assertThat(QuizGrading.problems(QUIZ, answers)).containsEntry("answers.1", "quiz.answer.missing")
			.containsEntry("answers.2", "quiz.answer.missing")
			.hasSize(2);
	}

	@Test
	void anOptionThatDoesNotExistIsInvalid() {
		assertThat(QuizGrading.problems(QUIZ, sheet(Set.of(3), Set.of(-1, 0), Set.of(1))))
			.containsEntry("answers.1", "quiz.answer.invalid")
			.containsEntry("answers.2", "quiz.answer.invalid")
			.hasSize(2);
	}

	@Test
	void onlyAMultipleChoiceQuestionTakesSeveralOptions() {
		assertThat(QuizGrading.problems(QUIZ, sheet(Set.of(0, 1), Set.of(0, 1, 2), Set.of(0, 1))))
			.containsOnlyKeys("answers.1", "answers.3")
			.containsValue("quiz.answer.one");
	}

	@Test
	void anAnswerToAQuestionTheQuizDoesNotHaveIsReported() {
		Map<Long, Set<Integer>> answers = sheet(Set.of(1), Set.of(0, 1), Set.of(1));
		answers.put(99L, Set.of(0));
		assertThat(QuizGrading.problems(QUIZ, answers)).containsExactly(Map.entry("answers.99", "quiz.answer.unknown"));
	}

	@Test
	void aQuestionIsRightOnlyWithExactlyTheKeyedOptions() {
		assertThat(QuizGrading.correct(QUIZ, sheet(Set.of(1), Set.of(0, 1), Set.of(1)))).isEqualTo(3);
		assertThat(QuizGrading.correct(QUIZ, sheet(Set.of(1), Set.of(0), Set.of(1)))).as("half of a multiple choice")
			.isEqualTo(2);
		assertThat(QuizGrading.correct(QUIZ, sheet(Set.of(1), Set.of(0, 1, 2), Set.of(0)))).isEqualTo(1);
	}

	@Test
	void theScoreIsAPercentRoundedHalfUp() {
		assertThat(QuizGrading.score(2, 3)).isEqualTo(67);
		assertThat(QuizGrading.score(1, 8)).isEqualTo(13);
		assertThat(QuizGrading.score(0, 8)).isZero();
		assertThat(QuizGrading.score(8, 8)).isEqualTo(100);
	}

	@Test
	void theResultPassesAtThePassMarkAndTellsRightOrWrongWithTheExplanationButNoKey() {
		UUID submission = UUID.randomUUID();
		Map<Long, Set<Integer>> answers = sheet(Set.of(1), Set.of(0), Set.of(1));
		QuizResult atMark = QuizGrading.result("DROWNING", submission, answers, QUIZ, 2, 67, 67);
		assertThat(atMark.passed()).isTrue();
		assertThat(atMark.total()).isEqualTo(3);
		assertThat(atMark.feedback()).extracting(QuizResult.Feedback::right).containsExactly(true, false, true);
		assertThat(atMark.feedback().get(0).explanation()).isEqualTo("不要盲目下水施救。");
		assertThat(QuizResult.Feedback.class.getRecordComponents()).extracting(c -> c.getName())
			.containsExactly("questionId", "question", "right", "explanation");
		assertThat(QuizGrading.result("DROWNING", submission, answers, QUIZ, 2, 67, 68).passed()).isFalse();
	}

}
