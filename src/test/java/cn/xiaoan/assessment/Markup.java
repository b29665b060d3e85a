package cn.xiaoan.assessment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's HTML read the way the drill-down tests check it: an element's text by its id,
 * how often a marker stands in it, the sum of a column's cells, the part between two
 * markers.
 */
final class Markup {

	private Markup() {
	}

	/** The text of the element with the id. */
	static String text(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
		assertThat(m.find()).as("#" + id).isTrue();
		return m.group(1).trim();
	}

	static int count(String html, String marker) {
		return html.split(Pattern.quote(marker), -1).length - 1;
	}

	/** The sum of the cells of a column (marked by its class) over the list's rows. */
	static int sum(String html, String column) {
		Matcher m = Pattern.compile("class=\"[^\"]*\\b" + column + "\\b[^\"]*\"[^>]*>(\\d+)<").matcher(html);
		int sum = 0;
		while (m.find()) {
			sum += Integer.parseInt(m.group(1));
		}
		return sum;
	}

	static String between(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return html.substring(from, html.indexOf(end, from));
	}

}
