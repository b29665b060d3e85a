package cn.xiaoan.org;

/** Filters of the school list; {@code regionCode} narrows within the caller's scope. */
public record SchoolQuery(String text, SchoolType type, String regionCode, int page, int size, String sort) {

	public SchoolQuery {
		text = text == null ? "" : text.trim();
		page = Math.max(0, page);
		size = size <= 0 ? 20 : Math.min(size, 200);
		sort = sort == null ? "code" : sort;
	}

	public static SchoolQuery all() {
		return new SchoolQuery("", null, null, 0, 200, "code");
	}

	/** The same filters, in another order. */
	public SchoolQuery withSort(String sort) {
		return new SchoolQuery(text, type, regionCode, page, size, sort);
	}

	String orderBy() {
		return switch (sort) {
			case "name" -> "s.name, s.code";
			case "students" -> "s.student_count desc, s.code";
			case "region" -> "s.region_code, s.code";
			default -> "s.code";
		};
	}

}
