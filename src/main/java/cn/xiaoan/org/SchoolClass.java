package cn.xiaoan.org;

/** A class (班级) with its grade. */
public record SchoolClass(long id, long schoolId, long gradeId, String gradeName, String name) {

	public String fullName() {
		return gradeName + name;
	}

}
