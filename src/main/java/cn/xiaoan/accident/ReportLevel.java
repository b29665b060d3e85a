package cn.xiaoan.accident;

import cn.xiaoan.shared.RegionCode;

/**
 * The levels an accident report climbs: the school, then the county, the city and, for a
 * serious accident, the province (townships are not in the chain: a township's office
 * reads the report but the county receives it).
 */
public enum ReportLevel {

	SCHOOL, COUNTY, CITY, PROVINCE;

	/** The region of this level above a school of {@code schoolRegion}. */
	String regionOf(String schoolRegion) {
		return switch (this) {
			case SCHOOL -> schoolRegion;
			case COUNTY -> schoolRegion.substring(0, 6);
			case CITY -> schoolRegion.substring(0, 4) + "00";
			case PROVINCE -> schoolRegion.substring(0, 2) + "0000";
		};
	}

	/** The level of a bureau of this region, or null for a township. */
	static ReportLevel ofBureau(String regionCode) {
		return switch (RegionCode.of(regionCode).level()) {
			case PROVINCE -> PROVINCE;
			case CITY -> CITY;
			case COUNTY -> COUNTY;
			case TOWNSHIP -> null;
		};
	}

	public String messageKey() {
		return "accident.level." + name();
	}

}
