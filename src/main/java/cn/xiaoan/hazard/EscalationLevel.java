package cn.xiaoan.hazard;

import cn.xiaoan.shared.RegionCode;

/**
 * Whose attention an overdue hazard has reached: the school, then each bureau above it —
 * the township's where the school lies in one (a 9-digit region code), the county's, the
 * city's, the province's.
 */
public enum EscalationLevel {

	SCHOOL, TOWNSHIP, COUNTY, CITY, PROVINCE;

	/**
	 * The level above for a school of the given region: a school without a township goes
	 * from itself to the county; the province is the top.
	 */
	public EscalationLevel next(String schoolRegion) {
		if (this == PROVINCE) {
			return PROVINCE;
		}
		EscalationLevel next = values()[ordinal() + 1];
		return next == TOWNSHIP && schoolRegion.length() != 9 ? COUNTY : next;
	}

	/** The bureau of this level above a school of the given region. */
	public RegionCode bureau(String schoolRegion) {
		return switch (this) {
			case TOWNSHIP -> RegionCode.of(schoolRegion);
			case COUNTY -> RegionCode.of(schoolRegion.substring(0, 6));
			case CITY -> RegionCode.of(schoolRegion.substring(0, 4) + "00");
			case PROVINCE -> RegionCode.of(schoolRegion.substring(0, 2) + "0000");
			case SCHOOL -> throw new IllegalStateException("a school is not a bureau");
		};
	}

	/** The level of a bureau of the region tree. */
	static EscalationLevel of(RegionCode.Level level) {
		return valueOf(level.name());
	}

}
