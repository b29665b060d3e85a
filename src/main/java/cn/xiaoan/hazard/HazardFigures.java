package cn.xiaoan.hazard;

/**
 * The headline ledger figures of a scope (or of one region or school in it): hazards,
 * open, major, overdue, fixed (verified or closed), and the median days from finding to
 * closing.
 */
public record HazardFigures(long hazards, long open, long major, long overdue, long fixed, Double medianDaysToClose) {

	/** Fixed ÷ all, in percent. */
	public double rectificationRate() {
		return hazards == 0 ? 0 : 100.0 * fixed / hazards;
	}

	/** Overdue ÷ open, in percent. */
	public double overdueRate() {
		return open == 0 ? 0 : 100.0 * overdue / open;
	}

}
