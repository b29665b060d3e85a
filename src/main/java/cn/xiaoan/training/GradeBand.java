package cn.xiaoan.training;

/** The students a course suits. */
public enum GradeBand {

	ALL, PRIMARY_LOWER, PRIMARY_UPPER, JUNIOR, SENIOR;

	public String messageKey() {
		return "training.band." + name();
	}

}
