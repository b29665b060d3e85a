package cn.xiaoan.duty;

import java.util.List;
import java.util.Locale;

/** A routine or emergency procedure: a short numbered card. */
public record DutyProcedure(String code, boolean emergency, String titleZh, String titleEn, List<CatalogueItem> steps) {

	public String title(Locale locale) {
		return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
	}

}
