package cn.xiaoan.opinion;

/**
 * How grave the event is (一般/较大/重大/特别重大); the national release deadlines bind the two
 * gravest.
 */
public enum Severity {

	GENERAL, LARGER, MAJOR, EXTRAORDINARY;

	/**
	 * 重大 or 特别重大: authoritative information within hours, a press conference within a
	 * day.
	 */
	public boolean major() {
		return this == MAJOR || this == EXTRAORDINARY;
	}

	/** The message key of the display name. */
	public String messageKey() {
		return "opinion.severity." + name();
	}

}
