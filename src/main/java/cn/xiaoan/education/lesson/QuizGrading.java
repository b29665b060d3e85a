package cn.xiaoan.education.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import cn.xiaoan.education.QuizQuestion;
import cn.xiaoan.education.QuizResult;

/**
 * Grading an answer sheet against the questions' keys: what is wrong with the sheet
 * itself, how many answers are right, the score and the feedback per question. Pure
 * functions; storing the attempt is {@link Attempts}'.
 */
final class QuizGrading {

	private QuizGrading() {
	}

	/**
	 * Every question answered, with options that exist, one of them where only one may be
	 * chosen, and no answer to a question the quiz does not have; field → message key.
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
			else if (q.type() != QuizQuestion.Type.MULTIPLE && chosen.size() != 1) {
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

	static int correct(List<Question> questions, Map<Long, Set<Integer>> answers) {
		return (int) questions.stream().filter(q -> q.rightFor(answers.get(q.id()))).count();
	}

	/** The score in percent, rounded half up. */
	static int score(int correct, int total) {
		return Math.round(100f * correct / total);
	}

	private static boolean answered(Map<Long, Set<Integer>> answers, Question q) {
		Set<Integer> chosen = answers.get(q.id());
		return chosen != null && !chosen.isEmpty();
	}

	static QuizResult result(String lessonCode, UUID submissionId, Map<Long, Set<Integer>> answers,
			List<Question> questions, int correct, int score, int passMark) {
		// right or wrong per question, never the key; an explanation only where answered
		List<QuizResult.Feedback> feedback = questions.stream()
			.map(q -> new QuizResult.Feedback(q.id(), q.text(), q.rightFor(answers.get(q.id())),
					answered(answers, q) ? q.explanation() : null))
			.toList();
		return new QuizResult(submissionId, lessonCode, correct, questions.size(), score, score >= passMark, passMark,
				feedback);
	}

}
