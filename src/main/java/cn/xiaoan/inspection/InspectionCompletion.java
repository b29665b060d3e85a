package cn.xiaoan.inspection;

import java.time.YearMonth;

/**
 * The inspections of a scope due in a month: how many, and how many are submitted
 * (signed).
 */
public record InspectionCompletion(YearMonth month, int due, int done) {

	/** Done ÷ due in whole percent, rounded down (100 only when all are done). */
	public int percent() {
		return due == 0 ? 0 : (int) Math.floor(100.0 * done / due);
	}

}
