package cn.xiaoan.meeting;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.RegionCode;

/**
 * One line of the quarterly-meeting table: a township with its meetings in each quarter
 * shown, or a county (city…) with how many of its townships met the rule this quarter and
 * how many joint meetings it held this year.
 */
public record ComplianceRow(String code, String name, RegionCode.Level level, int townships, int met,
		List<Integer> meetingsByQuarter, int required, LocalDate lastHeld, int jointHeld) {

	public boolean township() {
		return level == RegionCode.Level.TOWNSHIP;
	}

	public int notMet() {
		return townships - met;
	}

	/** The share of its townships that met, in whole percent (100 with none). */
	public int percent() {
		return townships == 0 ? 100 : met * 100 / townships;
	}

}
