package cn.xiaoan.liaison;

/** Who wrote an entry of a clue's timeline. */
public enum Side {

	SCHOOL, BUREAU, POLICE;

	/** The message key of the value's label. */
	public String messageKey() {
		return "liaison.side." + name();
	}

}
