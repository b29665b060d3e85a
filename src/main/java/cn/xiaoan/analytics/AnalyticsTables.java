package cn.xiaoan.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.ExcelExport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each chart of the analysis as its table in a workbook (the same rows the page shows).
 */
@Component
class AnalyticsTables {

	enum Table {

		CATEGORY, MONTH, UNIT;

		static Table of(String name) {
			for (Table t : values()) {
				if (t.name().equalsIgnoreCase(name)) {
					return t;
				}
			}
			throw new BusinessRuleViolation("table", "analytics.table.invalid");
		}

		String titleKey() {
			return "analytics.chart." + name().toLowerCase(Locale.ROOT);
		}

	}

	private final MessageSource messages;

	AnalyticsTables(MessageSource messages) {
		this.messages = messages;
	}

	void write(Table table, HazardAnalysis a, Locale locale, OutputStream out) throws IOException {
		String sheet = msg(table.titleKey(), locale);
		switch (table) {
			case CATEGORY -> ExcelExport.write(out, sheet,
					headers(locale, "analytics.col.category", "analytics.col.current", "analytics.col.previous",
							"analytics.col.lastYear"),
					a.byCategory(),
					r -> List.of(msg("category." + r.category(), locale), r.current(), r.previous(), r.lastYear()));
			case MONTH -> ExcelExport.write(out, sheet,
					headers(locale, "analytics.col.month", "analytics.col.found", "analytics.col.done",
							"analytics.col.major", "analytics.col.lastYearSameMonth"),
					a.byMonth(),
					r -> List.of(r.month().toString().substring(0, 7), r.hazards(), r.done(), r.major(), r.lastYear()));
			case UNIT -> ExcelExport.write(out, sheet,
					headers(locale, a.unitsAreSchools() ? "analytics.col.school" : "analytics.col.region",
							"analytics.col.found", "analytics.col.done", "analytics.col.major",
							"analytics.col.rectificationRate"),
					a.byUnit(), r -> List.of(UnitNames.of(r, messages, locale), r.hazards(), r.done(), r.major(),
							r.rectificationRate()));
		}
	}

	private List<String> headers(Locale locale, String... keys) {
		return java.util.Arrays.stream(keys).map(k -> msg(k, locale)).toList();
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
