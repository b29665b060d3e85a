package cn.xiaoan.surroundings;

/**
 * What a check of a school's surroundings found: nothing new, a venue not yet on the
 * register (recorded with the check), or a known venue still there or gone.
 */
public enum CheckOutcome {

	CLEAR, NEW_VENUE, STILL_THERE, GONE;

	/** Whether the check names a venue already on the register. */
	boolean aboutKnownVenue() {
		return this == STILL_THERE || this == GONE;
	}

	public String messageKey() {
		return "surroundings.check.outcome." + name();
	}

}
