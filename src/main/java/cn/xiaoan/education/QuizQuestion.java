package cn.xiaoan.education;

import java.util.List;

/** A question as a learner sees it, without its answer. */
public record QuizQuestion(long id, Type type, String text, List<String> options) {

	/** Single choice, multiple choice, true/false. */
	public enum Type {

		SINGLE, MULTIPLE, TRUE_FALSE

	}

	public boolean multiple() {
		return type == Type.MULTIPLE;
	}

}
