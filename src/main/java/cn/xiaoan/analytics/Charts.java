package cn.xiaoan.analytics;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * The analysis as the JSON each ECharts chart of the page reads from its
 * {@code data-chart} attribute: category names in the reader's language, series names,
 * and the numbers of the table under the chart — the same rows, so the chart and its
 * table cannot disagree.
 */
record Charts(String categories, String months, String units) {

	static Charts of(HazardAnalysis a, MessageSource messages, Locale locale) {
		Function<String, String> msg = key -> messages.getMessage(key, null, key, locale);
		String categories = object("labels", array(a.byCategory(), r -> text(msg.apply("category." + r.category()))),
				"series",
				"[" + series(msg.apply("analytics.col.current"), a.byCategory(), r -> r.current()) + ","
						+ series(msg.apply("analytics.col.previous"), a.byCategory(), r -> r.previous()) + ","
						+ series(msg.apply("analytics.col.lastYear"), a.byCategory(), r -> r.lastYear()) + "]");
		String months = object("labels", array(a.byMonth(), r -> text(r.month().toString().substring(0, 7))), "series",
				"[" + series(msg.apply("analytics.col.found"), a.byMonth(), r -> r.hazards()) + ","
						+ series(msg.apply("analytics.col.done"), a.byMonth(), r -> r.done()) + ","
						+ series(msg.apply("analytics.col.lastYearSameMonth"), a.byMonth(), r -> r.lastYear()) + "]");
		List<HazardAnalysis.UnitRow> top = a.byUnit().stream().limit(30).toList();
		String units = object("labels", array(top, r -> text(UnitNames.of(r, messages, locale))), "series",
				"[" + series(msg.apply("analytics.col.found"), top, r -> r.hazards()) + "]");
		return new Charts(categories, months, units);
	}

	private static <T> String series(String name, List<T> rows, Function<T, Long> value) {
		return object("name", text(name), "data", array(rows, r -> String.valueOf(value.apply(r))));
	}

	private static <T> String array(List<T> rows, Function<T, String> json) {
		return rows.stream().map(json).collect(Collectors.joining(",", "[", "]"));
	}

	private static String object(String... namesAndJson) {
		StringBuilder o = new StringBuilder("{");
		for (int i = 0; i < namesAndJson.length; i += 2) {
			o.append(i == 0 ? "" : ",").append(text(namesAndJson[i])).append(':').append(namesAndJson[i + 1]);
		}
		return o.append('}').toString();
	}

	/** A JSON string: quotes, backslashes and control characters escaped. */
	static String text(String s) {
		StringBuilder t = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			if (c == '"' || c == '\\') {
				t.append('\\').append(c);
			}
			else if (c < 0x20 || c == '<' || c == '>') {
				t.append(String.format("\\u%04x", (int) c));
			}
			else {
				t.append(c);
			}
		}
		return t.append('"').toString();
	}

}
