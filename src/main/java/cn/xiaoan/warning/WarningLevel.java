package cn.xiaoan.warning;

/** 预警级别: blue (IV) to red (I), shown in their colours. */
public enum WarningLevel {

	BLUE("#1565c0"), YELLOW("#f9a825"), ORANGE("#ef6c00"), RED("#c62828");

	private final String colour;

	WarningLevel(String colour) {
		this.colour = colour;
	}

	/** Orange and red warnings are chased within the urgent interval. */
	public boolean urgent() {
		return this == ORANGE || this == RED;
	}

	public String colour() {
		return colour;
	}

	public String messageKey() {
		return "warning.level." + name();
	}

}
