package cn.xiaoan.education;

import java.util.List;

/** A question as a learner sees it, without its answer. */
public record QuizQuestion(long id, QuestionType type, String text, List<String> options) {

	public boolean multiple() {
		return type == QuestionType.MULTIPLE;
	}

}
