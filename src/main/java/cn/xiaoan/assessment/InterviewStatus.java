package cn.xiaoan.assessment;

/**
 * Where a 约谈 and its rectification order stand: the school owes a reply (OPEN, or again
 * after RETURNED), the bureau owes a decision (REPLIED), or it is done (ACCEPTED).
 */
public enum InterviewStatus {

	OPEN, REPLIED, RETURNED, ACCEPTED;

	public String messageKey() {
		return "assessment.interview.status." + name();
	}

	/** Does the school owe a reply? */
	public boolean awaitsReply() {
		return this == OPEN || this == RETURNED;
	}

}
