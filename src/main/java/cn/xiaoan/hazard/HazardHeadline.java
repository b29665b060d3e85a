package cn.xiaoan.hazard;

/**
 * The hazards of a scope that still need work, as the home page heads them: open (neither
 * verified nor closed, the ledger's {@code open=true}) by grade, open past the deadline
 * ({@code overdue=true}), and under 挂牌督办 and not yet closed ({@code supervised=true}).
 * Each figure is the count of the ledger filter named beside it, the hazards the
 * installations below keep included; {@code openElsewhere} of the open ones are kept
 * there.
 */
public record HazardHeadline(long openMajor, long openGeneral, long openUngraded, long overdue, long supervised,
		long openElsewhere) {

	/** Every open hazard, graded or not. */
	public long open() {
		return openMajor + openGeneral + openUngraded;
	}

}
