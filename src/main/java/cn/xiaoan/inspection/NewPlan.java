package cn.xiaoan.inspection;

import java.util.List;

import cn.xiaoan.shared.Role;
import cn.xiaoan.shared.SafetyCategory;

/**
 * An inspection plan (检查计划): the checklist is every library item of the chosen categories
 * plus the chosen item ids; the inspector is a role of the school or, with
 * {@code inspectorIsMe}, the creating account; {@code schoolIds} empty means the caller's
 * own school, or for a bureau every school in its scope.
 */
public record NewPlan(String name, Cadence cadence, List<SafetyCategory> categories, List<Long> itemIds,
		Role inspectorRole, boolean inspectorIsMe, List<Long> schoolIds) {

	public NewPlan {
		name = name == null ? "" : name.trim();
		categories = categories == null ? List.of() : List.copyOf(categories);
		itemIds = itemIds == null ? List.of() : itemIds.stream().filter(java.util.Objects::nonNull).toList();
		schoolIds = schoolIds == null ? List.of() : schoolIds.stream().filter(java.util.Objects::nonNull).toList();
	}

}
