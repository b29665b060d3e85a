package cn.xiaoan.org;

/**
 * A class (班级) and where it stands: its school and the school's region, its grade's place
 * in the school (年级 order, for sorting lists by grade) and its name with the grade
 * ("三年级2班").
 */
public record ClassPlace(long id, long schoolId, String regionCode, int gradeSeq, String name) {
}
