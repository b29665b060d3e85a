package cn.xiaoan.emergency;

/** A school filed (报备) a version of a plan to its bureau. */
public record PlanFiled(long planId, long schoolId, String regionCode, PlanKind kind, int version) {
}
