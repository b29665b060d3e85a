package cn.xiaoan.risk;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;
import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * The LEC and LS rules of DOMAIN.md §3.1: D = L × E × C on the fixed scales, R = L × S on
 * 1..5, graded against the thresholds of the school's region.
 */
final class RiskGrading {

	static final List<BigDecimal> LEC_L = scale("10", "6", "3", "1", "0.5", "0.2", "0.1");

	static final List<BigDecimal> LEC_E = scale("10", "6", "3", "2", "1", "0.5");

	static final List<BigDecimal> LEC_C = scale("100", "40", "15", "7", "3", "1");

	static final List<BigDecimal> LS_SCALE = scale("5", "4", "3", "2", "1");

	private RiskGrading() {
	}

	/** LEC: above which D is 重大, 较大, 一般; LS: from which R is 重大, 较大, 一般. */
	record Thresholds(int lecMajorAbove, int lecLargerAbove, int lecGeneralAbove, int lsMajorFrom, int lsLargerFrom,
			int lsGeneralFrom) {

		static final Thresholds NATIONAL = new Thresholds(320, 160, 70, 20, 15, 9);

		static Thresholds of(PolicySnapshot policy, String regionCode) {
			return new Thresholds(policy.effective(PolicySetting.RISK_LEC_MAJOR_ABOVE, regionCode).asInt(),
					policy.effective(PolicySetting.RISK_LEC_LARGER_ABOVE, regionCode).asInt(),
					policy.effective(PolicySetting.RISK_LEC_GENERAL_ABOVE, regionCode).asInt(),
					policy.effective(PolicySetting.RISK_LS_MAJOR_FROM, regionCode).asInt(),
					policy.effective(PolicySetting.RISK_LS_LARGER_FROM, regionCode).asInt(),
					policy.effective(PolicySetting.RISK_LS_GENERAL_FROM, regionCode).asInt());
		}

	}

	/** The outcome of an assessment: D or R and the level. */
	record Grade(String method, BigDecimal score, RiskLevel level) {

	}

	/**
	 * Grades an assessment, or throws {@link BusinessRuleViolation} naming every value
	 * that is not on its scale.
	 */
	static Grade grade(AssessRisk a, Thresholds t) {
		Map<String, String> errors = new LinkedHashMap<>();
		String method = a.method() == null ? "" : a.method().trim().toUpperCase(java.util.Locale.ROOT);
		Grade grade = null;
		switch (method) {
			case "LEC" -> {
				check(errors, "l", a.l(), LEC_L);
				check(errors, "e", a.e(), LEC_E);
				check(errors, "c", a.c(), LEC_C);
				if (errors.isEmpty()) {
					BigDecimal d = a.l().multiply(a.e()).multiply(a.c());
					grade = new Grade("LEC", d, lecLevel(d, t));
				}
			}
			case "LS" -> {
				check(errors, "l", a.l(), LS_SCALE);
				check(errors, "s", a.s(), LS_SCALE);
				if (errors.isEmpty()) {
					int r = a.l().intValueExact() * a.s().intValueExact();
					grade = new Grade("LS", BigDecimal.valueOf(r), lsLevel(r, t));
				}
			}
			default -> errors.put("method", "risk.error.method");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		return grade;
	}

	static RiskLevel lecLevel(BigDecimal d, Thresholds t) {
		if (d.compareTo(BigDecimal.valueOf(t.lecMajorAbove())) > 0) {
			return RiskLevel.MAJOR;
		}
		if (d.compareTo(BigDecimal.valueOf(t.lecLargerAbove())) > 0) {
			return RiskLevel.LARGER;
		}
		if (d.compareTo(BigDecimal.valueOf(t.lecGeneralAbove())) > 0) {
			return RiskLevel.GENERAL;
		}
		return RiskLevel.LOW;
	}

	static RiskLevel lsLevel(int r, Thresholds t) {
		if (r < 1 || r > 25) {
			throw new IllegalArgumentException("R = L × S lies in 1..25: " + r);
		}
		if (r >= t.lsMajorFrom()) {
			return RiskLevel.MAJOR;
		}
		if (r >= t.lsLargerFrom()) {
			return RiskLevel.LARGER;
		}
		if (r >= t.lsGeneralFrom()) {
			return RiskLevel.GENERAL;
		}
		return RiskLevel.LOW;
	}

	private static void check(Map<String, String> errors, String field, BigDecimal value, List<BigDecimal> scale) {
		if (value == null || scale.stream().noneMatch(v -> v.compareTo(value) == 0)) {
			errors.put(field, "risk.error.scale." + (scale == LS_SCALE ? "ls" : field));
		}
	}

	private static List<BigDecimal> scale(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

}
