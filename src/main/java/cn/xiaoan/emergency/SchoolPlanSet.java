package cn.xiaoan.emergency;

/**
 * A school's plan set as its bureau sees it: how many of the plans are accepted, filed
 * and awaiting a decision, returned, drafts, and due for review; whether the general plan
 * (总体预案) exists.
 */
public record SchoolPlanSet(long schoolId, String schoolName, String regionName, int plans, int accepted, int filed,
		int returned, int drafts, int reviewDue, boolean general) {

	/** Complete: a general plan, and every plan accepted and not due for review. */
	public boolean complete() {
		return general && plans > 0 && accepted == plans && reviewDue == 0;
	}

}
