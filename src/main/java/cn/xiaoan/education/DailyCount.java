package cn.xiaoan.education;

import java.time.LocalDate;

/**
 * What one day (北京时间, the installation's zone) added to a campaign's figures: students
 * who took part, completed, took the quiz, passed, and parents who confirmed — numbers
 * only. A day may add less than nothing (homework removed that day). A school's days add
 * up to its figures; what its installation sends up with them for the trend above (ADR
 * 0079).
 */
public record DailyCount(LocalDate day, int participated, int completed, int took, int passed, int parentDone) {

}
