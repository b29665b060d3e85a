package cn.xiaoan.institutions;

/**
 * A rectification's course: open until the township sends its evidence, submitted until a
 * re-inspection closes it (done), or replaced by a later outcome.
 */
public enum RectificationStatus {

	OPEN, SUBMITTED, DONE, REPLACED;

	public boolean open() {
		return this == OPEN || this == SUBMITTED;
	}

	public String messageKey() {
		return "institutions.rectification.status." + name();
	}

}
