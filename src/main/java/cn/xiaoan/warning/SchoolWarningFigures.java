package cn.xiaoan.warning;

/**
 * The warnings a school received (issued in a period) and those it acknowledged on time:
 * before the chase interval of the warning ran out.
 */
public record SchoolWarningFigures(long schoolId, int received, int onTime) {
}
