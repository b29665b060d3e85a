package cn.xiaoan.opinion;

/**
 * A statement's two steps: drafted, approved by the named approver (or returned),
 * published.
 */
public enum StatementState {

	DRAFT, APPROVED, RETURNED, PUBLISHED;

	/** The message key of the display name. */
	public String messageKey() {
		return "opinion.statement.state." + name();
	}

}
