package cn.xiaoan.org;

/** A standard post (岗位) staff hold; the guard post matters for staffing rules. */
public record Post(String code, String nameZh, String nameEn) {

	public static final String GUARD = "GUARD";

	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
