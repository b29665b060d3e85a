package cn.xiaoan.waters;

/** What a key water is. */
public enum WaterKind {

	RIVER, RESERVOIR, POND, PIT, BEACH;

	public String messageKey() {
		return "waters.kind." + name();
	}

}
