package cn.xiaoan.liaison;

/**
 * A duty of a 法治副校长 done at the school: a law lecture, a visit, help with a case, other.
 */
public enum DutyKind {

	LECTURE, VISIT, CASE_HELP, OTHER;

	/** The message key of the value's label. */
	public String messageKey() {
		return "liaison.duty.kind." + name();
	}

}
