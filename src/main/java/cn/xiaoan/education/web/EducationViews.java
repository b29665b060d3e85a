package cn.xiaoan.education.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.Lesson;
import cn.xiaoan.education.Rates;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the education pages read besides the module's records: the campaign trend chart's
 * series and labels as JSON, and the labels of lesson selects.
 */
@Component
class EducationViews {

	private final ObjectMapper json;

	private final MessageSource messages;

	EducationViews(ObjectMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	String trendJson(List<Rates.TrendPoint> trend) {
		return json.writeValueAsString(trend.stream().map(p -> {
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("day", p.day().toString());
			point.put("participation", p.rates().participation());
			point.put("completion", p.rates().completion());
			point.put("exam", p.rates().exam());
			point.put("parent", p.rates().parent());
			return point;
		}).toList());
	}

	/** Lesson code → title, for a lesson select ({@code fragments/form :: field}). */
	Map<String, String> lessonLabels(List<Lesson> lessons) {
		Map<String, String> labels = new LinkedHashMap<>();
		lessons.forEach(l -> labels.put(l.code(), l.title()));
		return labels;
	}

	/** The series' names; no parent series where the unit has no parent part. */
	String trendLabels(boolean parentPart) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : parentPart ? List.of("participation", "completion", "exam", "parent")
				: List.of("participation", "completion", "exam")) {
			labels.put(key, messages.getMessage("rates.col." + key, null, LocaleContextHolder.getLocale()));
		}
		return json.writeValueAsString(labels);
	}

}
