package cn.xiaoan.care;

/**
 * What a bureau sees of care (counts only, never a student): students at risk, those of
 * them paired, care visits recorded this month, follow-ups overdue.
 */
public record CareCounts(long atRisk, long pairedAtRisk, long visitsThisMonth, long overdue) {

	public static final CareCounts NONE = new CareCounts(0, 0, 0, 0);

	/** Paired share of the students at risk, in percent; 100 when none is at risk. */
	public double pairedPercent() {
		return atRisk == 0 ? 100.0 : 100.0 * pairedAtRisk / atRisk;
	}

	public long unpaired() {
		return atRisk - pairedAtRisk;
	}

	CareCounts plus(CareCounts other) {
		return new CareCounts(atRisk + other.atRisk, pairedAtRisk + other.pairedAtRisk,
				visitsThisMonth + other.visitsThisMonth, overdue + other.overdue);
	}

}
