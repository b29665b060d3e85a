package cn.xiaoan.emergency;

/**
 * One school's drill compliance over an assessment period: of the drill periods it had to
 * meet (months, quarters for a kindergarten) that lie in the period and have ended — or
 * are running and already met — how many it met.
 */
public record SchoolDrillFigures(long schoolId, int due, int met) {
}
