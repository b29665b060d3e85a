package cn.xiaoan.education.lesson;

import java.util.List;
import java.util.Set;

import cn.xiaoan.education.QuizQuestion;

/** A quiz question with its answer key (never sent to a learner before grading). */
record Question(long id, int position, QuizQuestion.Type type, String text, List<String> options, Set<Integer> answer,
		String explanation) {

	/** Right when exactly the keyed options were chosen. */
	boolean rightFor(Set<Integer> chosen) {
		return answer.equals(chosen);
	}

	QuizQuestion withoutAnswer() {
		return new QuizQuestion(id, type, text, options);
	}

}
