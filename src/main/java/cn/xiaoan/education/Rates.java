package cn.xiaoan.education;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The rates of DOMAIN.md §4 for one unit (class, school or region) of a campaign:
 * participation = students with at least one item done ÷ assigned; completion = all
 * required items done ÷ assigned; exam = took the quiz ÷ assigned; pass = passed ÷ took;
 * parent = parent part confirmed ÷ assigned.
 */
public record Rates(String unit, String name, int assigned, int participated, int completed, int took, int passed,
		int parentDone) {

	public double participation() {
		return ratio(participated, assigned);
	}

	public double completion() {
		return ratio(completed, assigned);
	}

	public double exam() {
		return ratio(took, assigned);
	}

	public double pass() {
		return ratio(passed, took);
	}

	public double parent() {
		return ratio(parentDone, assigned);
	}

	/** 'C' (class), 'S' (school) or 'R' (region). */
	public char kind() {
		return unit.charAt(0);
	}

	public String key() {
		return unit.substring(2);
	}

	public static double ratio(int part, int whole) {
		return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
	}

	static int percent(int part, int whole) {
		return whole == 0 ? 0 : (int) Math.floor(100.0 * part / whole);
	}

	/**
	 * A unit's rates with those of the units directly below it, and the unit above if the
	 * caller may go there.
	 */
	public record View(Campaign campaign, Rates self, List<Rates> children, String parent) {

	}

	/** The cumulative rates at the end of one day. */
	public record TrendPoint(LocalDate day, Rates rates) {

	}

	/** A student who has not finished a campaign's homework, and what is still open. */
	public record NonCompleter(long studentId, String studentNo, String name, String className, long homeworkId,
			boolean studied, boolean quizTaken, boolean parentDone, OffsetDateTime remindedAt) {

	}

}
