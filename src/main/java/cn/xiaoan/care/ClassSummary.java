package cn.xiaoan.care;

/** A class on the school's care page: students, at risk, gaps, overdue follow-ups. */
public record ClassSummary(long classId, String name, long students, long paired, long atRisk, long gaps,
		long overdue) {
}
