package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.education.CampaignFromAbove;
import cn.xiaoan.education.LessonMedia;
import cn.xiaoan.education.Stage;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A campaign envelope read and checked as the education module stores a campaign and a
 * lesson: anything out of bounds, or a stage, grade band or question type this release
 * does not know, reads as nothing (the envelope is parked).
 */
final class CampaignEnvelope {

	private static final Set<String> BANDS = Set.of("PRIMARY", "SECONDARY", "ALL");

	private static final Set<String> QUESTION_TYPES = Set.of("SINGLE", "MULTIPLE", "TRUE_FALSE");

	private CampaignEnvelope() {
	}

	static Optional<CampaignFromAbove> read(JsonNode body, ObjectMapper json) {
		String region = body.path("regionCode").asString("");
		String title = body.path("title").asString("");
		String description = body.path("description").asString("");
		String issuer = WarningsFromAbove.cut(body.path("issuerName").asString(""), 50);
		LocalDate starts = day(body.path("startsOn"));
		LocalDate ends = day(body.path("endsOn"));
		List<String> stages = new ArrayList<>();
		body.path("stages").forEach(s -> stages.add(s.asString("")));
		Optional<CampaignFromAbove.LessonContent> lesson = lesson(body.path("lesson"), json);
		if (!RegionCode.isValid(region) || title.isBlank() || title.length() > 100 || description.length() > 2000
				|| issuer.isBlank() || starts == null || ends == null || ends.isBefore(starts) || lesson.isEmpty()
				|| stages.stream().anyMatch(s -> WarningsFromAbove.parse(Stage.class, s) == null)) {
			return Optional.empty();
		}
		List<String> leftOut = new ArrayList<>();
		body.path("mediaLeftOut").forEach(t -> leftOut.add(WarningsFromAbove.cut(t.asString(""), 100)));
		return Optional.of(new CampaignFromAbove(body.path("campaignId").asLong(0), region, issuer, "", title,
				description, starts, ends, body.path("requiresParent").asBoolean(true), stages, lesson.get(),
				media(body.path("media")), leftOut));
	}

	/** The lesson's videos and links as they travel: a video's bytes in Base64. */
	static List<Map<String, Object>> media(List<CampaignFromAbove.Media> media) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (CampaignFromAbove.Media m : media) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", m.id());
			item.put("kind", m.kind().name());
			item.put("title", m.title());
			item.put("addedName", m.addedName());
			if (m.video() != null) {
				item.put("fileName", m.fileName() == null ? "" : m.fileName());
				item.put("video", Base64.getEncoder().encodeToString(m.video()));
			}
			else {
				item.put("link", m.link());
			}
			out.add(item);
		}
		return out;
	}

	/**
	 * The media of an envelope; one of a kind this release does not know, or not Base64,
	 * is left out (the campaign is not parked for it).
	 */
	private static List<CampaignFromAbove.Media> media(JsonNode media) {
		List<CampaignFromAbove.Media> out = new ArrayList<>();
		for (JsonNode m : media) {
			LessonMedia.Kind kind = WarningsFromAbove.parse(LessonMedia.Kind.class, m.path("kind").asString(""));
			byte[] video = null;
			try {
				video = m.has("video") ? Base64.getDecoder().decode(m.path("video").asString("")) : null;
			}
			catch (IllegalArgumentException notBase64) {
				continue;
			}
			if (kind == LessonMedia.Kind.VIDEO || kind == LessonMedia.Kind.LINK) {
				out.add(new CampaignFromAbove.Media(m.path("id").asLong(0), kind, m.path("title").asString(""),
						m.has("link") ? m.path("link").asString("") : null, m.path("fileName").asString(""), video,
						WarningsFromAbove.cut(m.path("addedName").asString(""), 50)));
			}
		}
		return out;
	}

	private static Optional<CampaignFromAbove.LessonContent> lesson(JsonNode l, ObjectMapper json) {
		String code = l.path("code").asString("");
		String title = l.path("title").asString("");
		String band = l.path("gradeBand").asString("");
		int minutes = l.path("minutes").asInt(0);
		String content = l.path("content").isObject() ? json.writeValueAsString(l.path("content")) : "";
		if (!code.matches("[A-Za-z0-9_-]{1,30}") || title.isBlank() || title.length() > 100 || !BANDS.contains(band)
				|| minutes < 1 || minutes > 600 || !content.startsWith("{") || content.length() > 200_000) {
			return Optional.empty();
		}
		List<CampaignFromAbove.Question> quiz = new ArrayList<>();
		for (JsonNode q : l.path("quiz")) {
			List<String> options = new ArrayList<>();
			q.path("options").forEach(o -> options.add(o.asString("")));
			List<Integer> answer = new ArrayList<>();
			q.path("answer").forEach(a -> answer.add(a.asInt(-1)));
			String text = q.path("text").asString("");
			String explanation = q.path("explanation").asString("");
			if (!QUESTION_TYPES.contains(q.path("type").asString("")) || text.isBlank() || text.length() > 500
					|| explanation.length() > 500 || options.isEmpty() || answer.isEmpty()
					|| answer.stream().anyMatch(a -> a < 0 || a >= options.size())) {
				return Optional.empty();
			}
			quiz.add(new CampaignFromAbove.Question(q.path("type").asString(""), text, options, answer, explanation));
		}
		return quiz.isEmpty() ? Optional.empty()
				: Optional.of(new CampaignFromAbove.LessonContent(code, title, band, minutes, content, quiz));
	}

	private static LocalDate day(JsonNode node) {
		try {
			return LocalDate.parse(node.asString(""));
		}
		catch (DateTimeParseException bad) {
			return null;
		}
	}

}
