package cn.xiaoan.education;

/** Single choice, multiple choice, true/false. */
public enum QuestionType {

	SINGLE, MULTIPLE, TRUE_FALSE

}
