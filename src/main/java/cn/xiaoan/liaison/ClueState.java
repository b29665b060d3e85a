package cn.xiaoan.liaison;

/**
 * Where a clue stands: forwarded (待签收), acknowledged by the police (已签收), waiting for
 * more information from the school (待补充), closed with an outcome (已办结).
 */
public enum ClueState {

	FORWARDED, ACKNOWLEDGED, INFO_REQUESTED, CLOSED;

	/** The message key of the value's label. */
	public String messageKey() {
		return "liaison.state." + name();
	}

}
