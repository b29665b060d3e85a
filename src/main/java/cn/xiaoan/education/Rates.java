package cn.xiaoan.education;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The counts and rates of one unit (class, school or region) of a campaign, as
 * {@link RateDefinitions} defines them; {@code parentAsked} is the number of assigned
 * students whose homework asks for a parent confirmation.
 */
public record Rates(String unit, String name, int assigned, int participated, int completed, int took, int passed,
		int parentDone, int parentAsked) {

	public double participation() {
		return RateDefinitions.participation(this);
	}

	public double completion() {
		return RateDefinitions.completion(this);
	}

	public double exam() {
		return RateDefinitions.exam(this);
	}

	public double pass() {
		return RateDefinitions.pass(this);
	}

	public double parent() {
		return RateDefinitions.parent(this);
	}

	/** Whether any homework counted here asks for a parent part; else no parent rate. */
	public boolean hasParentPart() {
		return parentAsked > 0;
	}

	/** 'C' (class), 'S' (school) or 'R' (region). */
	public char kind() {
		return unit.charAt(0);
	}

	public String key() {
		return unit.substring(2);
	}

	public static double ratio(int part, int whole) {
		return RateDefinitions.percent(part, whole);
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
