package cn.xiaoan.care;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One student's care file as its circle sees it: the pair, the flags with their notes,
 * the next follow-up and the visits (their content is read one by one, each read
 * audited). {@code mayFlag} and {@code mayPair} say which forms the caller gets.
 */
public record CareFile(long studentId, String name, String studentNo, String className, long classId, Long pairStaffId,
		String pairName, List<Flag> flags, LocalDate dueOn, boolean overdue, List<Visit> visits, boolean mayFlag,
		boolean mayPair) {

	/** A flag with its confidential note. */
	public record Flag(RiskFlag flag, String note, String setBy, OffsetDateTime setAt) {
	}

	/** A visit as the list shows it: when, how, by whom, next follow-up. */
	public record Visit(long id, LocalDate visitDate, CareForm form, String staffName, LocalDate nextFollowUp) {
	}

}
