package cn.xiaoan.hazard;

/**
 * The ledger's statistics of a scope (or of one region or school in it) over the hazards
 * found in a period: hazards, open (neither verified nor closed), major (every major
 * hazard found, open or closed, as {@code grade=MAJOR} lists them), overdue (open past
 * the deadline), fixed (verified or closed), and the median days from finding to closing.
 * The home page's headline counts only open hazards: {@link HazardHeadline}.
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
