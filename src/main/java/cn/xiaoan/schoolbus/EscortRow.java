package cn.xiaoan.schoolbus;

/** An escort (随车照管人员): a staff member of the school; no name for partners. */
public record EscortRow(long id, long schoolId, String schoolName, long staffId, String name, int routes) {

}
