package cn.xiaoan.hazard;

/** The lifecycle of a hazard; a rejected verification sends it back to RECTIFYING. */
public enum HazardStatus {

	/** 排查: found and reported. */
	REPORTED,
	/** 登记: entered in the ledger by the school's safety office. */
	REGISTERED,
	/** 评估定级: graded general or major, with a deadline. */
	GRADED,
	/** 整改: rectification under way. */
	RECTIFYING,
	/** Rectification reported done, waiting for 验收. */
	AWAITING_VERIFICATION,
	/** 验收: accepted by someone other than the rectifier. */
	VERIFIED,
	/** 销号: closed in the ledger. */
	CLOSED;

	public boolean open() {
		return this != VERIFIED && this != CLOSED;
	}

	public String messageKey() {
		return "hazard.status." + name();
	}

}
