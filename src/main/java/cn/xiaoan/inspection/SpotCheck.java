package cn.xiaoan.inspection;

import java.util.List;

import cn.xiaoan.shared.SafetyCategory;

/**
 * A bureau's one-off spot check (网上巡查) of one school: the items of the chosen categories
 * plus the chosen item ids, inspected by the official who opens it.
 */
record SpotCheck(Long schoolId, List<SafetyCategory> categories, List<Long> itemIds) {

	public SpotCheck {
		categories = categories == null ? List.of() : List.copyOf(categories);
		itemIds = itemIds == null ? List.of() : itemIds.stream().filter(java.util.Objects::nonNull).toList();
	}

}
