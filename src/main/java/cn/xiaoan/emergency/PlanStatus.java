package cn.xiaoan.emergency;

/** Where a plan stands with its bureau (报备). */
public enum PlanStatus {

	/** Saved by the school, not filed (or changed since it was accepted). */
	DRAFT,
	/** Filed to the bureau, awaiting its decision. */
	FILED,
	/** Accepted by the bureau. */
	ACCEPTED,
	/** Returned by the bureau with comments, to be revised and filed again. */
	RETURNED;

	public String messageKey() {
		return "emergency.status." + name();
	}

}
