package cn.xiaoan.shared;

/**
 * A GB/T 2260 administrative division code: 6 digits for province, city and county, 9
 * digits for a township. The {@link #prefix()} is what a bureau's data scope matches
 * schools against.
 */
public record RegionCode(String value) {

	public enum Level {

		PROVINCE, CITY, COUNTY, TOWNSHIP

	}

	public RegionCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("region code must be 6 or 9 digits: " + value);
		}
	}

	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	/**
	 * The region whose {@link #prefix()} this is: "45" → 450000, "4504" → 450400,
	 * "450422" → 450422.
	 */
	public static RegionCode fromPrefix(String prefix) {
		return switch (prefix == null ? 0 : prefix.length()) {
			case 2 -> new RegionCode(prefix + "0000");
			case 4 -> new RegionCode(prefix + "00");
			default -> new RegionCode(prefix);
		};
	}

	/**
	 * 6 or 9 ASCII digits. Checked without a regular expression: a bureau's pages resolve
	 * policy for every school of their region through here, and {@code String.matches}
	 * compiled a pattern each time (97 % of a province official's home page, issue 16).
	 */
	public static boolean isValid(String value) {
		if (value == null || (value.length() != 6 && value.length() != 9)) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	public Level level() {
		if (value.length() == 9) {
			return Level.TOWNSHIP;
		}
		if (value.endsWith("0000")) {
			return Level.PROVINCE;
		}
		if (value.endsWith("00")) {
			return Level.CITY;
		}
		return Level.COUNTY;
	}

	/** The significant leading digits: "45" for 广西, "4504" for 梧州, "450422" for 藤县. */
	public String prefix() {
		return switch (level()) {
			case PROVINCE -> value.substring(0, 2);
			case CITY -> value.substring(0, 4);
			case COUNTY, TOWNSHIP -> value;
		};
	}

	/** The region directly above, or null for a province. */
	public RegionCode parent() {
		return switch (level()) {
			case PROVINCE -> null;
			case CITY -> new RegionCode(value.substring(0, 2) + "0000");
			case COUNTY -> new RegionCode(value.substring(0, 4) + "00");
			case TOWNSHIP -> new RegionCode(value.substring(0, 6));
		};
	}

	/** True if {@code other} is this region or lies below it. */
	public boolean contains(String other) {
		return other != null && other.startsWith(prefix());
	}

	@Override
	public String toString() {
		return value;
	}

	/**
	 * SQL: {@code cross join lateral (…) p(prefix, parent)} giving, for the region code
	 * in {@code column}, each prefix it counts in (province, city, county, township, as
	 * {@link #prefix()} has them: a city's code ending in 00 counts at the city, not
	 * again as a county) with the prefix one level up; rows with a null prefix are to be
	 * left out. Counters kept per region level group by it.
	 */
	public static String prefixesOf(String column) {
		return """
				 cross join lateral (values
				    (substr(%1$s, 1, 2), ''),
				    (case when substr(%1$s, 3, 2) <> '00' then substr(%1$s, 1, 4) end, substr(%1$s, 1, 2)),
				    (case when substr(%1$s, 5, 2) <> '00' then substr(%1$s, 1, 6) end, substr(%1$s, 1, 4)),
				    (case when length(%1$s) = 9 then %1$s end, substr(%1$s, 1, 6))) p(prefix, parent)
				""".formatted(column);
	}

}
