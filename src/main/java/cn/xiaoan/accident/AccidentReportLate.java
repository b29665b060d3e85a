package cn.xiaoan.accident;

/**
 * A level sent an accident's report up after its deadline: which level, to whom, and by
 * how many minutes.
 */
public record AccidentReportLate(long accidentId, long schoolId, String regionCode, ReportLevel level,
		String levelRegion, long minutesLate) {
}
