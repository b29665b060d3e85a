package cn.xiaoan.liaison;

/**
 * What the police did with a clue: 立案, 不予立案, 移交, 已处置.
 */
public enum ClueOutcome {

	FILED, NOT_FILED, TRANSFERRED, HANDLED;

	/** The message key of the value's label. */
	public String messageKey() {
		return "liaison.outcome." + name();
	}

}
