package cn.xiaoan.demo;

import java.util.Random;

/** Plausible, invented Chinese names (no real persons' data). */
final class ChineseNames {

	static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃莫蓝")
		.split("");

	static final String[] GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉宇浩然子涵欣怡梓轩一诺雨桐思远佳琪俊杰晨曦嘉怡文博天佑诗涵宇轩可馨浩宇若曦铭泽雅琪建国志强海燕丽华春梅小燕家豪锦程语嫣梦瑶")
		.split("");

	private ChineseNames() {
	}

	static String person(Random random) {
		String surname = SURNAMES[random.nextInt(SURNAMES.length)];
		int length = random.nextInt(10) < 7 ? 2 : 1;
		StringBuilder name = new StringBuilder(surname);
		for (int i = 0; i < length; i++) {
			name.append(GIVEN[random.nextInt(GIVEN.length)]);
		}
		return name.toString();
	}

	/** A guardian sharing the child's surname most of the time. */
	static String guardianOf(String child, Random random) {
		if (random.nextInt(10) < 7) {
			String given = person(random).substring(1);
			return child.charAt(0) + given;
		}
		return person(random);
	}

}
