package cn.xiaoan.surroundings;

/**
 * What was found around a school. The first three are venues the law keeps out of the
 * protected zone around a school (Law on the Protection of Minors, art. 58; Regulations
 * on Internet Access Service Venues, art. 9); the others are issues that always go to
 * their department. An internet cafe inside the zone can hold no licence (culture does
 * not grant one there), and unlicensed ones are closed by market supervision (Safety
 * Management Measures for Primary and Secondary Schools and Kindergartens, art. 52).
 */
public enum VenueKind {

	INTERNET_CAFE(true, Department.MARKET), ENTERTAINMENT(true, Department.CULTURE), LOTTERY(true, Department.MARKET),
	STREET_VENDOR(false, Department.URBAN), TRAFFIC(false, Department.TRANSPORT), CONSTRUCTION(false, Department.URBAN),
	ILLEGAL_BUILDING(false, Department.URBAN), OTHER(false, Department.POLICE);

	private final boolean forbiddenNearSchools;

	private final Department department;

	VenueKind(boolean forbiddenNearSchools, Department department) {
		this.forbiddenNearSchools = forbiddenNearSchools;
		this.department = department;
	}

	/** A venue of this kind may not open inside the protected zone. */
	public boolean forbiddenNearSchools() {
		return forbiddenNearSchools;
	}

	/** The department that usually deals with it, when the recorder names none. */
	public Department department() {
		return department;
	}

	public String messageKey() {
		return "surroundings.kind." + name();
	}

}
