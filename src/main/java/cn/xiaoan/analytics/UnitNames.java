package cn.xiaoan.analytics;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A unit's name as every chart, table, workbook and report shows it: with the
 * installation its hazards come from when they are kept below ("藤县（来自藤县平台）").
 */
final class UnitNames {

	private UnitNames() {
	}

	static String of(HazardAnalysis.UnitRow row, MessageSource messages, Locale locale) {
		return row.source() == null ? row.name() : messages.getMessage("analytics.fromElsewhere",
				new Object[] { row.name(), row.source() }, row.name(), locale);
	}

}
