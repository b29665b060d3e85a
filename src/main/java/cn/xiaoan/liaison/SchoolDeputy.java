package cn.xiaoan.liaison;

/**
 * A school of the scope and its current 法治副校长, or none (the latest lapsed one, if any,
 * for who to reappoint).
 */
public record SchoolDeputy(long schoolId, String schoolName, String regionCode, DeputyView deputy) {

	public boolean hasCurrent() {
		return deputy != null && deputy.status().current();
	}

}
