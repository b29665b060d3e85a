package cn.xiaoan.emergency;

import java.time.LocalDate;

/** A plan of a plan set as lists show it. */
public record PlanRow(long id, long schoolId, String regionCode, PlanKind kind, String title, PlanStatus status,
		int currentVersion, LocalDate reviewedOn, LocalDate reviewDueOn, boolean reviewDue, String bureauComment) {
}
