package cn.xiaoan.demo;

import java.util.List;

/**
 * How old a child is on 1 September in each grade, by the national school-entry age: six
 * for 一年级 of primary school, three for 小班, fifteen for 高一 and for the first year of a
 * vocational school.
 */
final class GradeAges {

	private static final List<String> NUMBERED = List.of("一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级");

	private static final List<String> KINDERGARTEN = List.of("小班", "中班", "大班");

	private static final List<String> SENIOR = List.of("高一", "高二", "高三");

	private GradeAges() {
	}

	static int nominal(String schoolType, String grade) {
		if (KINDERGARTEN.contains(grade)) {
			return 3 + KINDERGARTEN.indexOf(grade);
		}
		if (SENIOR.contains(grade)) {
			return 15 + SENIOR.indexOf(grade);
		}
		if (NUMBERED.contains(grade)) {
			return ("VOCATIONAL".equals(schoolType) ? 15 : 6) + NUMBERED.indexOf(grade);
		}
		throw new IllegalArgumentException("grade " + grade);
	}

}
