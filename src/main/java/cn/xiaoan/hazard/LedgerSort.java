package cn.xiaoan.hazard;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order of the ledger's list: a column the page may sort by and its direction. The
 * column is looked up in a fixed list, so no word of the request ever reaches the SQL.
 */
record LedgerSort(Column column, boolean ascending) {

	/** Newest found first, as the ledger has always listed. */
	static final LedgerSort NEWEST = new LedgerSort(Column.FOUND, false);

	/** The columns of the list, each with the SQL it sorts by (over alias {@code h}). */
	enum Column {

		FOUND("h.found_at", false), NUMBER("h.id", false), TITLE("h.title", false),
		/**
		 * By the school's name: the order of {@code :schoolOrder}, ids sorted by name.
		 */
		SCHOOL("array_position(cast(:schoolOrder as bigint[]), h.school_id)", true), CATEGORY("h.category", false),
		GRADE("case h.grade when 'MAJOR' then 2 when 'GENERAL' then 1 end", true),
		STATUS(LedgerSort.byOrdinal("h.status", HazardStatus.values()), true), DEADLINE("h.deadline", true),
		LEVEL(LedgerSort.byOrdinal("h.escalation_level", EscalationLevel.values()), true),
		SUPERVISED("h.supervised_by_level is not null", false);

		final String sql;

		/**
		 * Whether the value may be null (listed last either way). A column that never is
		 * null sorts without {@code nulls last}, so that the newest-first indexes (found
		 * at descending, nulls first as a descending index keeps them) serve the order.
		 */
		final boolean nullable;

		Column(String sql, boolean nullable) {
			this.sql = sql;
			this.nullable = nullable;
		}

		/** What the page sends: the column's name in lower case. */
		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * The order asked for: {@code sort} one of the columns (newest found when empty),
	 * {@code dir} "asc" or "desc" (the column's natural direction when empty); anything
	 * else is refused.
	 */
	static LedgerSort of(String sort, String dir) {
		if ((sort == null || sort.isBlank()) && (dir == null || dir.isBlank())) {
			return NEWEST;
		}
		Column column = Column.FOUND;
		if (sort != null && !sort.isBlank()) {
			column = Arrays.stream(Column.values())
				.filter(c -> c.param().equals(sort))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("sort"));
		}
		if (dir == null || dir.isBlank()) {
			return new LedgerSort(column, column != Column.FOUND);
		}
		if (!"asc".equals(dir) && !"desc".equals(dir)) {
			throw new IllegalArgumentException("dir");
		}
		return new LedgerSort(column, "asc".equals(dir));
	}

	/** The {@code order by} clause, ties broken by the ledger number the same way. */
	String orderBy() {
		String direction = ascending ? " asc" : " desc";
		return " order by " + column.sql + direction + (column.nullable ? " nulls last" : "") + ", h.id" + direction;
	}

	boolean bySchool() {
		return column == Column.SCHOOL;
	}

	/** What the page sends for the direction. */
	public String dir() {
		return ascending ? "asc" : "desc";
	}

	/**
	 * The direction a click on {@code param}'s header asks for: the other one on this
	 * column.
	 */
	public String next(String param) {
		return column.param().equals(param) && ascending ? "desc"
				: column.param().equals(param) ? "asc" : ("found".equals(param) ? "desc" : "asc");
	}

	static String byOrdinal(String sql, Enum<?>[] values) {
		return "case " + sql
				+ Arrays.stream(values)
					.map(v -> " when '" + v.name() + "' then " + v.ordinal())
					.collect(Collectors.joining())
				+ " end";
	}

}
