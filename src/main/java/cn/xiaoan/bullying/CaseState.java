package cn.xiaoan.bullying;

/**
 * Where a case stands. The reporter with a follow-up code sees only {@link #publicKey()}:
 * received, decided, under review or closed — never names or findings.
 */
public enum CaseState {

	/** Opened on receipt; the committee investigates and must decide by the deadline. */
	INVESTIGATING,
	/** 认定 made; measures and informing the families. */
	DECIDED,
	/** A party appealed to the county office (复查). */
	UNDER_REVIEW,
	/** Closed for the archive. */
	CLOSED;

	public String messageKey() {
		return "bullying.state." + name();
	}

	public String publicKey() {
		return "bullying.public.state." + name();
	}

}
