package cn.xiaoan.care;

/** A student was paired with a staff member (一岗双带); ids only. */
public record StudentPaired(long studentId, long staffId, long schoolId, String regionCode, long classId) {
}
