package cn.xiaoan.opinion;

/**
 * A public statement: a bulletin (情况通报), a response (回应) or a press conference (新闻发布会).
 */
public enum StatementKind {

	BULLETIN, RESPONSE, PRESS_CONFERENCE;

	/** The message key of the display name. */
	public String messageKey() {
		return "opinion.statement.kind." + name();
	}

}
