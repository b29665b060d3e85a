package cn.xiaoan.accident;

/**
 * The age groups of the statistics, by school stage: under 6 (kindergarten), 6–11
 * (primary), 12–14 (junior), 15–17 (senior), adults, and unknown.
 */
public enum AgeGroup {

	UNDER_6, AGE_6_11, AGE_12_14, AGE_15_17, ADULT, UNKNOWN;

	static AgeGroup of(Integer age) {
		if (age == null) {
			return UNKNOWN;
		}
		return age < 6 ? UNDER_6 : age < 12 ? AGE_6_11 : age < 15 ? AGE_12_14 : age < 18 ? AGE_15_17 : ADULT;
	}

	public String messageKey() {
		return "accident.age." + name();
	}

}
