package cn.xiaoan.opinion;

/** A case is open until its team closes it. */
public enum CaseState {

	OPEN, CLOSED;

	/** The message key of the display name. */
	public String messageKey() {
		return "opinion.state." + name();
	}

}
