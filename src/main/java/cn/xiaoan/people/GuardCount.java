package cn.xiaoan.people;

/** Guards of a school by employment: full-time guards count towards the staffing rule. */
public record GuardCount(long schoolId, int fullTime, int partTime) {

	public static GuardCount none(long schoolId) {
		return new GuardCount(schoolId, 0, 0);
	}

}
