package cn.xiaoan.care;

/** A student was flagged at risk; no note, no name. */
public record StudentFlaggedAtRisk(long studentId, long schoolId, String regionCode, RiskFlag flag) {
}
