package cn.xiaoan.duty;

import java.util.List;
import java.util.Locale;

/** A duty post (岗位) with its duties as the school sees them. */
public record DutyPost(String code, String level, String nameZh, String nameEn, String hrPost,
		List<CatalogueItem> duties) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	public boolean schoolPost() {
		return "SCHOOL".equals(level);
	}

}
