package cn.xiaoan.bullying;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.org.SchoolType;

/**
 * The year of schooling (1 to 12) of a grade as schools name it: "seventh grade" in
 * Chinese numerals or digits, the junior and senior short forms ("first of junior",
 * "first of senior"), or a first-to-third grade of a junior, senior or vocational school,
 * which counts from that school's first year. Chinese text is written with escapes so the
 * source stays ASCII.
 */
final class SchoolStage {

	/** One to twelve in Chinese numerals, longest first. */
	private static final String[] NUMERALS = { "\u5341\u4e8c", "\u5341\u4e00", "\u5341", "\u4e00", "\u4e8c", "\u4e09",
			"\u56db", "\u4e94", "\u516d", "\u4e03", "\u516b", "\u4e5d" };

	private static final int[] VALUES = { 12, 11, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9 };

	/** "junior" and "senior" school prefixes (chu, gao). */
	private static final String JUNIOR = "\u521d";

	private static final String SENIOR = "\u9ad8";

	private static final Pattern DIGITS = Pattern.compile("(\\d{1,2})");

	private SchoolStage() {
	}

	/** The year of schooling, or empty when the grade cannot be read. */
	static OptionalInt year(SchoolType type, String grade) {
		if (grade == null || grade.isBlank()) {
			return OptionalInt.empty();
		}
		String g = grade.trim();
		int offset = 0;
		if (g.startsWith(JUNIOR)) {
			offset = 6;
			g = g.substring(1);
		}
		else if (g.startsWith(SENIOR)) {
			offset = 9;
			g = g.substring(1);
		}
		int n = number(g);
		if (n <= 0) {
			return OptionalInt.empty();
		}
		if (offset > 0) {
			return n <= 3 ? OptionalInt.of(offset + n) : OptionalInt.empty();
		}
		if (n <= 3 && type != null) {
			switch (type) {
				case JUNIOR -> n += 6;
				case SENIOR, VOCATIONAL -> n += 9;
				default -> {
				}
			}
		}
		return n <= 12 ? OptionalInt.of(n) : OptionalInt.empty();
	}

	private static int number(String text) {
		Matcher digits = DIGITS.matcher(text);
		if (digits.lookingAt()) {
			return Integer.parseInt(digits.group(1));
		}
		for (int i = 0; i < NUMERALS.length; i++) {
			if (text.startsWith(NUMERALS[i])) {
				return VALUES[i];
			}
		}
		return 0;
	}

}
