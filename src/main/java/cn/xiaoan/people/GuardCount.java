package cn.xiaoan.people;

/**
 * A school's registered guards by employment (full-time guards count towards the staffing
 * rule) and its registered teachers: staff whose post is a teaching one, the T of N =
 * teachers + students.
 */
public record GuardCount(long schoolId, int fullTime, int partTime, int teachers) {

	public static GuardCount none(long schoolId) {
		return new GuardCount(schoolId, 0, 0, 0);
	}

}
