package cn.xiaoan.org;

/**
 * A standard post (岗位) staff hold; the guard post matters for staffing rules, and
 * {@code teaching} says whether its holders count as teachers (教师、班主任、校长…) or as
 * non-teaching staff (保安、食堂、宿管、校车、后勤、校医), who are not in N of the guard rule.
 */
public record Post(String code, String nameZh, String nameEn, boolean teaching) {

	public static final String GUARD = "GUARD";

	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
