package cn.xiaoan.assessment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A figure as the score page shows it ("3 / 5"), its link and its table row. */
record Figure(String text, String href, String row) {

	/** The figure of the computed indicator of the kind on a school's score page. */
	static Figure of(String card, IndicatorKind kind) {
		String row = Markup.between(card, "id=\"computed-" + kind.name() + "\"", "</tr>");
		Matcher m = Pattern.compile("class=\"indicator-figure[^\"]*\" href=\"([^\"]*)\"[^>]*>([^<]*)</a>").matcher(row);
		assertThat(m.find()).as("the figure of " + kind + " links somewhere").isTrue();
		return new Figure(m.group(2).trim(), HtmlUtils.htmlUnescape(m.group(1)), row);
	}

	int[] parts() {
		String[] p = text.split(" / ");
		return new int[] { Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()) };
	}

}
