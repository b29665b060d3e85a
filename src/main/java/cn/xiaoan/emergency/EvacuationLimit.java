package cn.xiaoan.emergency;

/**
 * The evacuation rule of a region's policy: a building of at most {@code maxStoreys}
 * storeys is evacuated within {@code maxSeconds} (≤ 4 storeys in ≤ 2 minutes by default).
 * Taller buildings have no limit of their own; their times are recorded as they are.
 */
record EvacuationLimit(int maxStoreys, int maxSeconds) {

	/** The limit that applies to a building of this many storeys, or null for none. */
	Integer limitFor(int storeys) {
		return storeys <= maxStoreys ? maxSeconds : null;
	}

	/** 超时: slower than the limit that applies. */
	boolean overtime(int storeys, Integer seconds) {
		Integer limit = limitFor(storeys);
		return seconds != null && limit != null && seconds > limit;
	}

}
