package cn.xiaoan.policy;

import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static cn.xiaoan.policy.PolicySetting.*;

/**
 * What values a setting may take and how settings must stand to each other. Kept apart
 * from {@link PolicySetting} so that modules appending settings there need not know about
 * it: an integer setting without a range here takes 1…999999, as before.
 */
final class PolicyConstraints {

	/** The smallest length of a semester, so that neither boundary swallows the other. */
	static final int MIN_SEMESTER_DAYS = 90;

	private static final Range ANY_POSITIVE = new Range(1, 999_999);

	private static final Map<PolicySetting, Range> RANGES = new EnumMap<>(PolicySetting.class);

	static {
		// LEC: D = L × E × C reaches 10 × 10 × 100 = 10000; LS: R = L × S reaches 25.
		range(10_000, RISK_LEC_MAJOR_ABOVE, RISK_LEC_LARGER_ABOVE, RISK_LEC_GENERAL_ABOVE);
		range(25, RISK_LS_MAJOR_FROM, RISK_LS_LARGER_FROM, RISK_LS_GENERAL_FROM);
		range(20, GUARD_SMALL_SCHOOL_COUNT, GUARD_MEDIUM_SCHOOL_COUNT, GUARD_BOARDING_MINIMUM);
		range(100_000, GUARD_SMALL_SCHOOL_BELOW, GUARD_MEDIUM_SCHOOL_UP_TO, GUARD_EXTRA_PER_PEOPLE,
				GUARD_BOARDING_FIRST_BOARDERS, GUARD_BOARDING_EXTRA_PER_BOARDERS);
		range(365, RISK_REVIEW_INTERVAL_DAYS, HAZARD_GENERAL_DEADLINE_DAYS, HAZARD_MAJOR_DEADLINE_DAYS,
				HAZARD_ACCEPTANCE_WITHIN_DAYS, HAZARD_ESCALATE_AFTER_OVERDUE_DAYS);
		range(60, SPOT_CHECK_WINDOW_DAYS);
		range(100, EDUCATION_QUIZ_PASS_PERCENT);
		range(10, EDUCATION_QUIZ_RETAKES);
		// 三个100%: the national 30 days is a floor a region may raise, never lower.
		RANGES.put(VIDEO_RETENTION_MIN_DAYS, new Range(30, 365));
		// 网络安全法 Art. 21: logs are kept at least six months; a region may keep them
		// longer.
		RANGES.put(AUDIT_RETENTION_MONTHS, new Range(6, 120));
	}

	/**
	 * Pairs of settings that must stand in order at every region. Chains (red > orange >
	 * yellow) are written as their neighbouring pairs, so a message names one other
	 * setting.
	 */
	static final List<Rule> RULES = List.of(new Rule(RISK_LEC_MAJOR_ABOVE, Relation.GREATER, RISK_LEC_LARGER_ABOVE),
			new Rule(RISK_LEC_LARGER_ABOVE, Relation.GREATER, RISK_LEC_GENERAL_ABOVE),
			new Rule(RISK_LS_MAJOR_FROM, Relation.GREATER, RISK_LS_LARGER_FROM),
			new Rule(RISK_LS_LARGER_FROM, Relation.GREATER, RISK_LS_GENERAL_FROM),
			new Rule(GUARD_SMALL_SCHOOL_BELOW, Relation.AT_MOST, GUARD_MEDIUM_SCHOOL_UP_TO),
			new Rule(GUARD_SMALL_SCHOOL_COUNT, Relation.AT_MOST, GUARD_MEDIUM_SCHOOL_COUNT),
			new Rule(HAZARD_GENERAL_DEADLINE_DAYS, Relation.AT_MOST, HAZARD_MAJOR_DEADLINE_DAYS),
			new Rule(SCHOOL_YEAR_STARTS, Relation.SEMESTERS_APART, SPRING_SEMESTER_STARTS));

	private PolicyConstraints() {
	}

	private static void range(int max, PolicySetting... settings) {
		for (PolicySetting s : settings) {
			RANGES.put(s, new Range(1, max));
		}
	}

	/** The values an integer setting may take. */
	static Range range(PolicySetting setting) {
		return RANGES.getOrDefault(setting, ANY_POSITIVE);
	}

	static List<Rule> rulesOf(PolicySetting setting) {
		return RULES.stream().filter(r -> r.first() == setting || r.second() == setting).toList();
	}

	record Range(int min, int max) {

		boolean contains(int value) {
			return value >= min && value <= max;
		}

	}

	enum Relation {

		/** The first is strictly greater than the second. */
		GREATER,
		/** The first is not greater than the second. */
		AT_MOST,
		/**
		 * Two days of the year that split it into two semesters of at least
		 * {@link #MIN_SEMESTER_DAYS} each.
		 */
		SEMESTERS_APART

	}

	/** {@code first relation second}, e.g. red threshold GREATER orange threshold. */
	record Rule(PolicySetting first, Relation relation, PolicySetting second) {

		boolean holds(String firstValue, String secondValue) {
			return switch (relation) {
				case GREATER -> Integer.parseInt(firstValue) > Integer.parseInt(secondValue);
				case AT_MOST -> Integer.parseInt(firstValue) <= Integer.parseInt(secondValue);
				case SEMESTERS_APART -> {
					long gap = daysFrom(firstValue, secondValue);
					yield gap >= MIN_SEMESTER_DAYS && 365 - gap >= MIN_SEMESTER_DAYS;
				}
			};
		}

		PolicySetting other(PolicySetting setting) {
			return setting == first ? second : first;
		}

		/**
		 * The message key saying how {@code setting} must stand to the other one: "须大于",
		 * "须小于", "不能大于", "不能小于", "相隔".
		 */
		String messageKey(PolicySetting setting) {
			String side = setting == first ? "first" : "second";
			return "policy.rule." + relation.name() + "." + side;
		}

		/** Days from one day of the year forward to the other, in a common year. */
		private static long daysFrom(String from, String to) {
			java.time.LocalDate start = MonthDay.parse("--" + from).atYear(2025);
			java.time.LocalDate end = MonthDay.parse("--" + to).atYear(2025);
			long days = ChronoUnit.DAYS.between(start, end);
			return days < 0 ? days + 365 : days;
		}

	}

}
