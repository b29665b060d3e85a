package cn.xiaoan.inspection;

import java.util.List;

/**
 * The inspector's results for every item of a task, signed: {@code confirmed} is the
 * inspector's "本人已如实检查并签字".
 */
record SubmitInspection(List<Answer> answers, boolean confirmed) {

	public SubmitInspection {
		answers = answers == null ? List.of() : answers.stream().filter(java.util.Objects::nonNull).toList();
	}

	/** One item's result; a failure needs a note saying what is wrong. */
	public record Answer(Long itemId, ItemResult result, String note, String location) {

		public Answer {
			note = note == null ? "" : note.trim();
			location = location == null ? "" : location.trim();
		}

	}

}
