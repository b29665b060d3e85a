package cn.xiaoan.people;

/**
 * A student as a class's roster lists them: number and name, class, school and region. No
 * ID-card number, no phone.
 */
public record RosterStudent(long id, long classId, long schoolId, String regionCode, String studentNo, String name) {
}
