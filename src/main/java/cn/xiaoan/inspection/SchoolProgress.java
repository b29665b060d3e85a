package cn.xiaoan.inspection;

/** A school's inspections for a bureau: submitted, still open in time, overdue. */
record SchoolProgress(long schoolId, String schoolName, String regionName, int submitted, int open, int overdue) {
}
