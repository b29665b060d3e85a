package cn.xiaoan.bullying;

import java.util.List;
import java.util.Set;

import cn.xiaoan.shared.SchoolPeriod;

/**
 * The cases of one school the assessment counts for a period (decided, or due by today)
 * and the ids of those decided by their due day: the school's 欺凌事件按时处置率 is
 * {@code onTime().size()} of {@code rows().size()}.
 */
public record DueCases(SchoolPeriod filter, List<CaseRow> rows, Set<Long> onTime) {

	public int due() {
		return rows.size();
	}

	public int decidedOnTime() {
		return onTime.size();
	}

	public boolean onTime(CaseRow row) {
		return onTime.contains(row.id());
	}

}
