package cn.xiaoan.emergency;

/**
 * The bureau returned a filed plan with comments; the school revises and files it again.
 */
public record PlanReturned(long planId, long schoolId, String regionCode, PlanKind kind, int version) {
}
