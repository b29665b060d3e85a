package cn.xiaoan.bullying;

/** 一般 or 严重 (方案: serious cases reach the police and the county). */
public enum Severity {

	GENERAL, SERIOUS;

	public String messageKey() {
		return "bullying.severity." + name();
	}

}
