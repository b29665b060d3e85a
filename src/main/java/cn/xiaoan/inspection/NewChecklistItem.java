package cn.xiaoan.inspection;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.shared.SafetyCategory;

/** A bureau's own check item for the schools of its region. */
record NewChecklistItem(SafetyCategory category, String text, String basis, HazardGrade suggestedGrade) {

	public NewChecklistItem {
		text = text == null ? "" : text.trim();
		basis = basis == null ? "" : basis.trim();
	}

	/**
	 * What is missing or too long, as field → message key; empty when the item may be
	 * added.
	 */
	java.util.Map<String, String> problems() {
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (category == null) {
			errors.put("category", "inspection.error.category");
		}
		if (text.isEmpty() || text.length() > 100) {
			errors.put("text", "inspection.error.item.text");
		}
		if (basis.isEmpty() || basis.length() > 200) {
			errors.put("basis", "inspection.error.item.basis");
		}
		if (suggestedGrade == null) {
			errors.put("suggestedGrade", "inspection.error.grade");
		}
		return errors;
	}

}
