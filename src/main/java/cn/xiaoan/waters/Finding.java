package cn.xiaoan.waters;

/**
 * What a patrol may find at a water; each finding opens a task for the responsible unit.
 */
public enum Finding {

	CHILDREN_SWIMMING, BROKEN_SIGN, MISSING_EQUIPMENT, UNSAFE_BANK, OTHER;

	public String messageKey() {
		return "waters.finding." + name();
	}

	/**
	 * Days the responsible unit has to deal with the finding: children in the water at
	 * once.
	 */
	int daysToDeal() {
		return this == CHILDREN_SWIMMING ? 1 : 7;
	}

}
