package cn.xiaoan.accident;

/**
 * 责任认定 under 《学生伤害事故处理办法》: the school at fault, not at fault (the school is cleared where
 * it fulfilled its duties, Art. 12) or sharing the fault.
 */
public enum Responsibility {

	AT_FAULT, NOT_AT_FAULT, SHARED;

	public String messageKey() {
		return "accident.responsibility." + name();
	}

}
