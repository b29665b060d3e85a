package cn.xiaoan.shared;

/**
 * What part of the province a caller may see: everything (system admin), a region and
 * everything below it (bureaus, by region-code prefix), one school, or only the caller's
 * own records. A school scope carries the school's region code ({@code schoolRegion}),
 * set at sign-in, so no module looks the caller's school up again to learn where it is.
 */
public record DataScope(Kind kind, String regionPrefix, Long schoolId,
		String schoolRegion) implements java.io.Serializable {

	public enum Kind {

		ALL, REGION, SCHOOL, SELF

	}

	public static DataScope all() {
		return new DataScope(Kind.ALL, "", null, null);
	}

	public static DataScope region(RegionCode region) {
		return new DataScope(Kind.REGION, region.prefix(), null, null);
	}

	public static DataScope school(long schoolId, String schoolRegion) {
		return new DataScope(Kind.SCHOOL, null, schoolId, schoolRegion);
	}

	/** Students and parents: their own school's context, but only their own records. */
	public static DataScope self(Long schoolId, String schoolRegion) {
		return new DataScope(Kind.SELF, null, schoolId, schoolRegion);
	}

	/**
	 * The region the caller works in: the bureau's region, or the region of the caller's
	 * school; empty for the whole platform.
	 */
	public String homeRegion() {
		return switch (kind) {
			case ALL -> "";
			case REGION -> regionPrefix;
			case SCHOOL, SELF -> schoolRegion == null ? "" : schoolRegion;
		};
	}

	/** Does the scope reach the given school (identified by its id and region code)? */
	public boolean coversSchool(long id, String schoolRegionCode) {
		return switch (kind) {
			case ALL -> true;
			case REGION -> schoolRegionCode != null && schoolRegionCode.startsWith(regionPrefix);
			case SCHOOL -> schoolId == id;
			case SELF -> false;
		};
	}

	/** Does the scope reach a whole region (policy, region statistics)? */
	public boolean coversRegion(String regionCode) {
		return switch (kind) {
			case ALL -> true;
			case REGION -> regionCode != null && regionCode.startsWith(regionPrefix);
			default -> false;
		};
	}

	/** The prefix a SQL {@code region_code LIKE ? || '%'} filter uses; empty for all. */
	public String sqlRegionPrefix() {
		return kind == Kind.REGION ? regionPrefix : "";
	}

	/** The school a SQL filter pins to, or null when the scope is a region. */
	public Long sqlSchoolId() {
		return (kind == Kind.SCHOOL || kind == Kind.SELF) ? (schoolId == null ? -1L : schoolId) : null;
	}

}
