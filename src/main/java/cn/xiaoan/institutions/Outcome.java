package cn.xiaoan.institutions;

/** An inspection's outcome: 合规, 限期整改 or 取缔. */
public enum Outcome {

	COMPLIANT, RECTIFY, BANNED;

	public String messageKey() {
		return "institutions.outcome." + name();
	}

}
