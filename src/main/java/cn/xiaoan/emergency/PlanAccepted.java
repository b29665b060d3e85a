package cn.xiaoan.emergency;

/** The bureau accepted a filed version of a plan. */
public record PlanAccepted(long planId, long schoolId, String regionCode, PlanKind kind, int version) {
}
