package cn.xiaoan.institutions;

/**
 * Why an institution is on a published list: licensed and found compliant (white), banned
 * or found without a licence (black).
 */
public enum ListReason {

	COMPLIANT, BANNED, UNLICENSED;

	public boolean black() {
		return this != COMPLIANT;
	}

	public String messageKey() {
		return "institutions.reason." + name();
	}

}
