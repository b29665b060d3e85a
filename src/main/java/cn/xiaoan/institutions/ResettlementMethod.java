package cn.xiaoan.institutions;

/** How a group of a banned institution's students is looked after. */
public enum ResettlementMethod {

	/** 转入其他机构. */
	TRANSFER,
	/** 退费. */
	REFUND, OTHER;

	public String messageKey() {
		return "institutions.method." + name();
	}

}
