package cn.xiaoan.hazard;

/** How a hazard was found. */
public enum HazardSource {

	/** A failed item of a scheduled inspection. */
	INSPECTION,
	/** A bureau's spot check (网上巡查 or on site). */
	SPOT_CHECK,
	/** Reported by anyone in the school, with a photo. */
	AD_HOC;

	public String messageKey() {
		return "hazard.source." + name();
	}

}
