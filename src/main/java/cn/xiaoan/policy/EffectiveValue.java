package cn.xiaoan.policy;

import java.time.OffsetDateTime;

/**
 * The value of a setting for a region and where it comes from: {@code sourceRegion} is
 * null for the national default.
 */
public record EffectiveValue(PolicySetting setting, String value, String sourceRegion, String setBy,
		OffsetDateTime setAt, String legalBasis) {

	public int asInt() {
		return Integer.parseInt(value);
	}

	public boolean asBoolean() {
		return Boolean.parseBoolean(value);
	}

	/** A {@link PolicySetting.Type#MONTH_DAY} value. */
	public java.time.MonthDay asMonthDay() {
		return java.time.MonthDay.parse("--" + value);
	}

	public boolean national() {
		return sourceRegion == null;
	}

}
