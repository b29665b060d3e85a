package cn.xiaoan.inspection;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.shared.SafetyCategory;

/**
 * A check item of the library with its basis (依据); {@code regionCode} is empty for the
 * national library, otherwise the region of the bureau that added it.
 */
record ChecklistItem(long id, SafetyCategory category, String code, String text, String basis,
		HazardGrade suggestedGrade, String regionCode) {
}
