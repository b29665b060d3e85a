package cn.xiaoan.notice;

/** Which units of a notice a receipt list shows. */
public enum ReadFilter {

	ALL(""), READ(" and u.read_at is not null"), UNREAD(" and u.read_at is null");

	private final String condition;

	ReadFilter(String condition) {
		this.condition = condition;
	}

	String condition() {
		return condition;
	}

	public String messageKey() {
		return "notice.filter." + name();
	}

	/** How many units of the row the filter lists. */
	public int count(ReceiptTally.Row row) {
		return switch (this) {
			case ALL -> row.units();
			case READ -> row.readUnits();
			case UNREAD -> row.unread();
		};
	}

	public static ReadFilter of(String name) {
		for (ReadFilter f : values()) {
			if (f.name().equalsIgnoreCase(name == null ? "" : name)) {
				return f;
			}
		}
		return ALL;
	}

}
