package cn.xiaoan.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.SafetyCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The library items a region sees: the national ones, its own bureaus' above it and, for
 * a bureau, those its sub-regions added.
 */
@Component
class Checklists {

	private final JdbcClient jdbc;

	Checklists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Items visible from {@code region} (a school's region code or a bureau's prefix,
	 * empty for the whole province and beyond).
	 */
	List<ChecklistItem> visible(String region, boolean withSubRegions, SafetyCategory category) {
		return jdbc.sql(InspectionRows.ITEM + """
				where (:region like i.region_code || '%' or (:below and i.region_code like :region || '%'))
				  and (cast(:category as varchar) is null or i.category = :category)
				order by i.region_code, i.id""")
			.param("region", region)
			.param("below", withSubRegions)
			.param("category", category == null ? null : category.name())
			.query(InspectionRows::item)
			.list();
	}

	/**
	 * The items of the categories plus the ids, in library order; throws if an id is not
	 * visible or nothing is chosen.
	 */
	List<ChecklistItem> choose(String region, boolean withSubRegions, List<SafetyCategory> categories,
			List<Long> itemIds, Map<String, String> errors) {
		List<ChecklistItem> visible = visible(region, withSubRegions, null);
		Map<Long, ChecklistItem> byId = new LinkedHashMap<>();
		visible.forEach(i -> byId.put(i.id(), i));
		Set<Long> chosen = new LinkedHashSet<>();
		for (ChecklistItem item : visible) {
			if (categories.contains(item.category())) {
				chosen.add(item.id());
			}
		}
		for (Long id : itemIds) {
			if (!byId.containsKey(id)) {
				errors.put("itemIds", "inspection.error.items.unknown");
			}
			chosen.add(id);
		}
		if (chosen.isEmpty()) {
			errors.putIfAbsent("itemIds", "inspection.error.items.empty");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		List<ChecklistItem> items = new ArrayList<>();
		for (ChecklistItem item : visible) {
			if (chosen.contains(item.id())) {
				items.add(item);
			}
		}
		items.sort(java.util.Comparator.comparing(ChecklistItem::category).thenComparing(ChecklistItem::code));
		return items;
	}

	/** Stores a bureau's item under its region prefix. */
	ChecklistItem add(NewChecklistItem command, String region, String createdBy) {
		long id = jdbc.sql("""
				insert into inspection.checklist_item (category, code, text, basis, suggested_grade, region_code,
				       created_by_name)
				values (:category, '', :text, :basis, :grade, :region, :by) returning id""")
			.param("category", command.category().name())
			.param("text", command.text())
			.param("basis", command.basis())
			.param("grade", command.suggestedGrade().name())
			.param("region", region)
			.param("by", createdBy)
			.query(Long.class)
			.single();
		// Regional items are numbered after the region so they never collide with the
		// national codes.
		String code = command.category().name().substring(0, 3) + "-" + region + "-" + id;
		jdbc.sql("update inspection.checklist_item set code = :code where id = :id")
			.param("code", code)
			.param("id", id)
			.update();
		return new ChecklistItem(id, command.category(), code, command.text(), command.basis(),
				command.suggestedGrade(), region);
	}

}
