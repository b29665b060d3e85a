package cn.xiaoan.hazard;

/**
 * A step of the lifecycle a person may take on a hazard; {@link HazardDetail#steps()}
 * lists those the caller may take now.
 */
enum HazardStep {

	REGISTER, GRADE, PLAN, START, COMPLETE, VERIFY, CLOSE, SPOTFIX, SUPERVISE, SUMMON;

	/** The name of the step's form fragment and of its address below the hazard. */
	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
