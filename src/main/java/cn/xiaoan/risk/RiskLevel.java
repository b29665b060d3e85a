package cn.xiaoan.risk;

/**
 * The four risk levels and their colours, 重大/较大/一般/低 = 红/橙/黄/蓝, from the highest.
 */
enum RiskLevel {

	MAJOR("#d63031"), LARGER("#f08c00"), GENERAL("#f2c200"), LOW("#1c7ed6");

	private final String colour;

	RiskLevel(String colour) {
		this.colour = colour;
	}

	/** The colour of the four-colour map and the card, as a CSS hex value. */
	public String colour() {
		return colour;
	}

	public String messageKey() {
		return "risk.level." + name();
	}

	/**
	 * Who controls a point of this level (and every level below keeps controlling it).
	 */
	public String controlKey() {
		return "risk.control." + name();
	}

	/** Red and orange points are reported to the county bureau. */
	public boolean reportedToBureau() {
		return this == MAJOR || this == LARGER;
	}

}
