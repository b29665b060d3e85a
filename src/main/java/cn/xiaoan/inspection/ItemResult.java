package cn.xiaoan.inspection;

/** The outcome of one checklist item: a failed item opens a hazard. */
public enum ItemResult {

	PASS, FAIL, NOT_APPLICABLE;

	public String messageKey() {
		return "inspection.result." + name();
	}

}
