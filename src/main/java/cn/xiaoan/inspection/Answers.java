package cn.xiaoan.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * The rules of a submission: one result for every item of the task and no other, a note
 * for each failure (the hazard needs to say what is wrong), bounded lengths, and the
 * inspector's signature. Errors are keyed {@code answers[itemId].field}.
 */
final class Answers {

	static final int NOTE_MAX = 500;

	static final int LOCATION_MAX = 100;

	private Answers() {
	}

	static Map<Long, SubmitInspection.Answer> check(List<TaskItemView> items, SubmitInspection submission) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<Long, SubmitInspection.Answer> byItem = new LinkedHashMap<>();
		List<Long> itemIds = items.stream().map(TaskItemView::itemId).toList();
		for (SubmitInspection.Answer answer : submission.answers()) {
			if (answer.itemId() == null || !itemIds.contains(answer.itemId())) {
				errors.put("answers", "inspection.error.answer.unknown");
				continue;
			}
			if (byItem.put(answer.itemId(), answer) != null) {
				errors.put("answers", "inspection.error.answer.duplicate");
			}
			String key = "answers[" + answer.itemId() + "]";
			if (answer.note().length() > NOTE_MAX) {
				errors.put(key + ".note", "inspection.error.note.long");
			}
			else if (answer.result() == ItemResult.FAIL && answer.note().isEmpty()) {
				errors.put(key + ".note", "inspection.error.note.required");
			}
			if (answer.location().length() > LOCATION_MAX) {
				errors.put(key + ".location", "inspection.error.location.long");
			}
		}
		for (Long id : itemIds) {
			SubmitInspection.Answer answer = byItem.get(id);
			if (answer == null || answer.result() == null) {
				errors.put("answers[" + id + "].result", "inspection.error.result.missing");
				errors.putIfAbsent("answers", "inspection.error.answer.missing");
			}
		}
		if (!submission.confirmed()) {
			errors.put("confirmed", "inspection.error.confirm");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		return byItem;
	}

}
