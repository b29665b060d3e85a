package cn.xiaoan.bullying;

/** The two sides of a case: the student bullied and the student who bullied. */
public enum Side {

	VICTIM, ACTOR;

	public String messageKey() {
		return "bullying.side." + name();
	}

}
