package cn.xiaoan.bullying;

/**
 * The county office's answer to an appeal (复查): the school's decision upheld or
 * overturned.
 */
public enum ReviewOutcome {

	UPHELD, OVERTURNED;

	public String messageKey() {
		return "bullying.review." + name();
	}

}
