package cn.xiaoan.care;

import java.time.LocalDate;
import java.util.List;

/**
 * A student of a class on the pairing page: at-risk flags (no notes), the pair, the next
 * follow-up and the suggested pair. An at-risk student without a pair is a gap.
 */
public record ClassRow(long studentId, String name, String studentNo, List<RiskFlag> flags, Long pairStaffId,
		String pairName, LocalDate dueOn, boolean overdue, Long suggestedStaffId) {

	public boolean atRisk() {
		return !flags.isEmpty();
	}

	public boolean gap() {
		return atRisk() && pairStaffId == null;
	}

}
