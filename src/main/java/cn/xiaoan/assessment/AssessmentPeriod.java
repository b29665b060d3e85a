package cn.xiaoan.assessment;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * The period scores are counted over: a month ("2026-11"), a quarter ("2026Q4"), a
 * semester ("2026S1" the spring term March–August, "2026S2" the autumn term
 * September–February), or a year ("2026"); from and to both included, Beijing days. The
 * key names the period in links and in the materialised scores.
 */
public record AssessmentPeriod(String key, LocalDate from, LocalDate to) {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

	private static final Pattern SEMESTER = Pattern.compile("(\\d{4})S([12])");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	public static AssessmentPeriod quarterOf(LocalDate day) {
		LocalDate from = day.with(IsoFields.DAY_OF_QUARTER, 1);
		return new AssessmentPeriod(from.getYear() + "Q" + from.get(IsoFields.QUARTER_OF_YEAR), from,
				from.plusMonths(3).minusDays(1));
	}

	/** The period a key names, or the quarter of today when none is asked for. */
	public static AssessmentPeriod orQuarterOf(String key, LocalDate today) {
		return key == null || key.isBlank() ? quarterOf(today) : of(key);
	}

	/** The period a key names; 400 with a field error for anything else. */
	public static AssessmentPeriod of(String key) {
		if (key == null) {
			throw invalid();
		}
		Matcher m;
		if ((m = QUARTER.matcher(key)).matches() && plausible(m.group(1))) {
			return quarterOf(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3, 1));
		}
		if ((m = MONTH.matcher(key)).matches() && plausible(m.group(1)) && month(m.group(2))) {
			LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
			return new AssessmentPeriod(key, from, from.plusMonths(1).minusDays(1));
		}
		if ((m = SEMESTER.matcher(key)).matches() && plausible(m.group(1))) {
			int year = Integer.parseInt(m.group(1));
			// spring term March–August, autumn term September–February
			LocalDate from = "1".equals(m.group(2)) ? LocalDate.of(year, 3, 1) : LocalDate.of(year, 9, 1);
			return new AssessmentPeriod(key, from, from.plusMonths(6).minusDays(1));
		}
		if ((m = YEAR.matcher(key)).matches() && plausible(key)) {
			int year = Integer.parseInt(key);
			return new AssessmentPeriod(key, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		throw invalid();
	}

	/**
	 * The period of the same length just before (what a ranking's movement compares
	 * with).
	 */
	public AssessmentPeriod previous() {
		if (QUARTER.matcher(key).matches()) {
			return quarterOf(from.minusDays(1));
		}
		if (MONTH.matcher(key).matches()) {
			return of(from.minusMonths(1).toString().substring(0, 7));
		}
		Matcher semester = SEMESTER.matcher(key);
		if (semester.matches()) {
			return "1".equals(semester.group(2)) ? of((from.getYear() - 1) + "S2") : of(from.getYear() + "S1");
		}
		return of(String.valueOf(from.getYear() - 1));
	}

	/** The message key naming the period's kind; its arguments are the key's parts. */
	public String labelKey() {
		if (QUARTER.matcher(key).matches()) {
			return "assessment.period.quarter";
		}
		if (MONTH.matcher(key).matches()) {
			return "assessment.period.month";
		}
		return SEMESTER.matcher(key).matches() ? "assessment.period.semester" : "assessment.period.year";
	}

	/** Year, then quarter / month / term number, as strings (no 2,026). */
	public Object[] labelArgs() {
		String rest = key.length() > 4 ? key.substring(5) : "";
		return new Object[] { String.valueOf(from.getYear()), rest.startsWith("0") ? rest.substring(1) : rest };
	}

	/** The picker's choices: the last six quarters, two semesters, this year and last. */
	public static List<AssessmentPeriod> choices(LocalDate today) {
		List<AssessmentPeriod> choices = new ArrayList<>();
		for (int q = 0; q < 6; q++) {
			choices.add(quarterOf(today.minusMonths(3L * q)));
		}
		for (int m = 0; m < 3; m++) {
			choices.add(of(today.minusMonths(m).toString().substring(0, 7)));
		}
		int year = today.getYear();
		choices.add(of(today.getMonthValue() >= 9 ? year + "S2"
				: today.getMonthValue() >= 3 ? year + "S1" : (year - 1) + "S2"));
		choices.add(of(String.valueOf(year)));
		choices.add(of(String.valueOf(year - 1)));
		return choices;
	}

	private static boolean plausible(String year) {
		int y = Integer.parseInt(year);
		return y >= 2000 && y <= 2100;
	}

	private static boolean month(String month) {
		int m = Integer.parseInt(month);
		return m >= 1 && m <= 12;
	}

	private static BusinessRuleViolation invalid() {
		return new BusinessRuleViolation("period", "assessment.period.invalid");
	}

}
