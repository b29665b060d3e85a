package cn.xiaoan.institutions;

/** Where an institution stands after its last inspection. */
public enum InstitutionStatus {

	UNINSPECTED, COMPLIANT, RECTIFYING, BANNED;

	public String messageKey() {
		return "institutions.status." + name();
	}

}
