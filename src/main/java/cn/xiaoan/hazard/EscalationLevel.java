package cn.xiaoan.hazard;

import cn.xiaoan.shared.RegionCode;

/**
 * Whose attention an overdue hazard has reached: the school, then each bureau above it.
 */
public enum EscalationLevel {

	SCHOOL, COUNTY, CITY, PROVINCE;

	/** The level above; the province is the top. */
	public EscalationLevel next() {
		return this == PROVINCE ? PROVINCE : values()[ordinal() + 1];
	}

	/** The bureau of this level above a school of the given region. */
	public RegionCode bureau(String schoolRegion) {
		return switch (this) {
			case COUNTY -> RegionCode.of(schoolRegion.substring(0, 6));
			case CITY -> RegionCode.of(schoolRegion.substring(0, 4) + "00");
			case PROVINCE -> RegionCode.of(schoolRegion.substring(0, 2) + "0000");
			case SCHOOL -> throw new IllegalStateException("a school is not a bureau");
		};
	}

}
