package cn.xiaoan.inspection;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.shared.SafetyCategory;

/** An item of a task with its result once submitted, and the hazard a failure opened. */
record TaskItemView(long itemId, SafetyCategory category, String text, String basis, HazardGrade suggestedGrade,
		ItemResult result, String note, String location, Long hazardId) {
}
