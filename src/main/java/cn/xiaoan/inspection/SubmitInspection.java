package cn.xiaoan.inspection;

import java.util.List;
import java.util.Map;

/**
 * The inspector's results for every item of a task, signed: {@code confirmed} is the
 * inspector's "本人已如实检查并签字". {@code photos} holds a photo per failed item (by item id); it
 * goes with the hazard that item opens.
 */
record SubmitInspection(List<Answer> answers, boolean confirmed, Map<Long, Photo> photos) {

	public SubmitInspection {
		answers = answers == null ? List.of() : answers.stream().filter(java.util.Objects::nonNull).toList();
		photos = photos == null ? Map.of() : Map.copyOf(photos);
	}

	SubmitInspection(List<Answer> answers, boolean confirmed) {
		this(answers, confirmed, Map.of());
	}

	/**
	 * 全部合格: every item not answered yet is marked passed; an item already answered
	 * (passed, failed or not applicable) keeps its answer, note and location.
	 */
	static List<Answer> restPassed(List<Answer> answers) {
		return answers.stream()
			.map(a -> a.result() != null ? a : new Answer(a.itemId(), ItemResult.PASS, a.note(), a.location()))
			.toList();
	}

	/** One item's result; a failure needs a note saying what is wrong. */
	public record Answer(Long itemId, ItemResult result, String note, String location) {

		public Answer {
			note = note == null ? "" : note.trim();
			location = location == null ? "" : location.trim();
		}

	}

	/** A photo of a failed item as the inspector took it. */
	record Photo(byte[] bytes, String fileName) {
	}

}
