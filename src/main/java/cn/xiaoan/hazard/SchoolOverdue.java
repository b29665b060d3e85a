package cn.xiaoan.hazard;

/** A school with its open hazards past their deadline. */
public record SchoolOverdue(long schoolId, String schoolName, long overdue) {
}
