package cn.xiaoan.warning;

/** Which schools' lines of a warning a list shows; its count comes from the counters. */
public enum AcknowledgementFilter {

	ALL("true"), PENDING("t.acknowledged_at is null"), LATE("t.acknowledged_at is null and t.chased_at is not null"),
	ACKNOWLEDGED("t.acknowledged_at is not null");

	private final String condition;

	AcknowledgementFilter(String condition) {
		this.condition = condition;
	}

	String condition() {
		return condition;
	}

	static AcknowledgementFilter of(String text) {
		for (AcknowledgementFilter f : values()) {
			if (f.name().equalsIgnoreCase(text)) {
				return f;
			}
		}
		return ALL;
	}

	/** How many lines the filter shows in a region, from the region's counters. */
	public int count(Progress.Row row) {
		return switch (this) {
			case ALL -> row.targets();
			case PENDING -> row.pending();
			case LATE -> row.late();
			case ACKNOWLEDGED -> row.acknowledged();
		};
	}

	public String messageKey() {
		return "warning.filter." + name();
	}

}
