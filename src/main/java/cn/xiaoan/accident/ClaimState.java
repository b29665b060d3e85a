package cn.xiaoan.accident;

/** A 校方责任险 claim: 报案 → 理算 → 赔付 → 结案, one step at a time. */
public enum ClaimState {

	REPORTED, ASSESSING, PAID, CLOSED;

	ClaimState next() {
		return this == CLOSED ? null : values()[ordinal() + 1];
	}

	public String messageKey() {
		return "accident.claim.state." + name();
	}

}
