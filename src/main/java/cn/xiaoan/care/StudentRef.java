package cn.xiaoan.care;

/** A student on people's roster, with the class's name from org. */
record StudentRef(long id, long schoolId, String regionCode, long classId, String studentNo, String name,
		String className) {
}
