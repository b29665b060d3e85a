package cn.xiaoan.demo;

import java.util.List;

import cn.xiaoan.org.SchoolType;

/** The kinds of school the generator builds, in the order counties take them. */
record SchoolPlan(SchoolType type, String nameSuffix, boolean inTownship, int students, int boarders, int classSize,
		int staffRatio, List<String> grades, int startAge) {

	static final List<String> PRIMARY = List.of("一年级", "二年级", "三年级", "四年级", "五年级", "六年级");

	static final List<String> JUNIOR = List.of("七年级", "八年级", "九年级");

	static final List<String> SENIOR = List.of("高一", "高二", "高三");

	static final List<String> NINE = List.of("一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级");

	static final List<SchoolPlan> PLANS = List.of(
			new SchoolPlan(SchoolType.SENIOR, "第一高级中学", false, 1100, 700, 50, 12, SENIOR, 15),
			new SchoolPlan(SchoolType.PRIMARY, "实验小学", false, 800, 0, 45, 18, PRIMARY, 6),
			new SchoolPlan(SchoolType.KINDERGARTEN, "城南幼儿园", false, 200, 0, 30, 8, List.of("小班", "中班", "大班"), 3),
			new SchoolPlan(SchoolType.JUNIOR, "第二初级中学", false, 600, 260, 50, 13, JUNIOR, 12),
			new SchoolPlan(SchoolType.PRIMARY, "中心小学", true, 320, 0, 45, 18, PRIMARY, 6),
			new SchoolPlan(SchoolType.NINE_YEAR, "九年一贯制学校", true, 480, 220, 45, 15, NINE, 6),
			new SchoolPlan(SchoolType.PRIMARY, "教学点", true, 48, 0, 16, 12, PRIMARY, 6),
			new SchoolPlan(SchoolType.VOCATIONAL, "职业教育中心", false, 700, 420, 45, 14, List.of("一年级", "二年级", "三年级"), 15),
			new SchoolPlan(SchoolType.TWELVE_YEAR, "实验学校", false, 900, 320, 45, 13,
					java.util.stream.Stream.concat(NINE.stream(), SENIOR.stream()).toList(), 6),
			new SchoolPlan(SchoolType.SPECIAL, "特殊教育学校", false, 70, 30, 12, 4, NINE, 7),
			new SchoolPlan(SchoolType.KINDERGARTEN, "中心幼儿园", true, 120, 0, 30, 8, List.of("小班", "中班", "大班"), 3));

}
