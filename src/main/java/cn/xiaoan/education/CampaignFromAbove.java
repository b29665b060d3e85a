package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as the installations below receive it (四级联网, ADR 0069): its target region
 * and stages, dates and texts, the issuing bureau's name, and its lesson with the quiz —
 * content only, nobody's personal data — and the videos and links bureaus at or above its
 * region added to the lesson ({@code media}; a video larger than the exchange's
 * attachment size is named in {@code mediaLeftOut} instead). {@code source} is the name
 * of the installation it comes from (set by the receiver).
 */
public record CampaignFromAbove(long campaignId, String regionCode, String issuerName, String source, String title,
		String description, LocalDate startsOn, LocalDate endsOn, boolean requiresParent, List<String> stages,
		LessonContent lesson, List<Media> media, List<String> mediaLeftOut) {

	public CampaignFromAbove {
		stages = List.copyOf(stages);
		media = media == null ? List.of() : List.copyOf(media);
		mediaLeftOut = mediaLeftOut == null ? List.of() : List.copyOf(mediaLeftOut);
	}

	/** The same campaign as received from {@code source}, for {@code regionCode}. */
	public CampaignFromAbove from(String source, String regionCode) {
		return new CampaignFromAbove(campaignId, regionCode, issuerName, source, title, description, startsOn, endsOn,
				requiresParent, stages, lesson, media, mediaLeftOut);
	}

	/**
	 * A video (its file's bytes) or an https link a bureau added to the lesson:
	 * {@code id} is its id at the installation it comes from, {@code addedName} who added
	 * it there.
	 */
	public record Media(long id, LessonMedia.Kind kind, String title, String link, String fileName, byte[] video,
			String addedName) {

	}

	/**
	 * A lesson as shipped: its code, title, grade band, minutes, the student part, parent
	 * part and key points ({@code content}, JSON) and the quiz.
	 */
	public record LessonContent(String code, String title, String gradeBand, int minutes, String content,
			List<Question> quiz) {

		public LessonContent {
			quiz = List.copyOf(quiz);
		}

	}

	/** A quiz question with its options, answer key and explanation. */
	public record Question(String type, String text, List<String> options, List<Integer> answer, String explanation) {

		public Question {
			options = List.copyOf(options);
			answer = List.copyOf(answer);
		}

	}

}
