package cn.xiaoan.care;

import java.time.LocalDate;
import java.util.List;

/** A student on a caller's care lists: mine, overdue. No notes, no record content. */
public record MyStudent(long studentId, String name, String className, List<RiskFlag> flags, String pairName,
		LocalDate lastVisit, LocalDate dueOn, boolean overdue) {
}
