package cn.xiaoan.waters;

/** How dangerous a key water is judged by its township. */
public enum WaterRisk {

	HIGH, MEDIUM, LOW;

	public String messageKey() {
		return "waters.risk." + name();
	}

}
