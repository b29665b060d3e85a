package cn.xiaoan.duty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the national catalogue and applies the adaptations in force at a unit, from the
 * province down to the school (继承: a lower unit's change wins, as in policy).
 */
@Component
class Catalogue {

	private final JdbcClient jdbc;

	Catalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The catalogue as a unit sees it: posts, procedures and which post carries which.
	 */
	record View(Map<String, DutyPost> posts, Map<String, DutyProcedure> procedures,
			Map<String, List<String>> proceduresOfPost) {

		List<DutyProcedure> emergencies() {
			return procedures.values().stream().filter(DutyProcedure::emergency).toList();
		}

	}

	/** One adaptation row. */
	record Adaptation(long id, String regionPrefix, Long schoolId, String targetKind, String targetCode, String action,
			String itemKey, String text) {

	}

	/**
	 * The catalogue at a school ({@code schoolId} set) or a region (schoolId null),
	 * adaptations labelled by {@code unitName} (region prefix or "school") → name.
	 */
	View at(String regionCode, Long schoolId, Function<Adaptation, String> unitName) {
		Map<String, List<CatalogueItem>> duties = items(
				"select post_code, seq, text from duty.post_duty order by 1, 2");
		Map<String, List<CatalogueItem>> steps = items(
				"select procedure_code, seq, text from duty.procedure_step order by 1, 2");
		for (Adaptation a : adaptations(regionCode, schoolId)) {
			Map<String, List<CatalogueItem>> target = a.targetKind().equals("POST") ? duties : steps;
			apply(target.computeIfAbsent(a.targetCode(), c -> new ArrayList<>()), a, unitName.apply(a));
		}
		Map<String, DutyPost> posts = new LinkedHashMap<>();
		jdbc.sql("select code, level, name_zh, name_en, hr_post from duty.post order by seq, code")
			.query((rs, n) -> new DutyPost(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), List.copyOf(duties.getOrDefault(rs.getString(1), List.of()))))
			.list()
			.forEach(p -> posts.put(p.code(), p));
		Map<String, DutyProcedure> procedures = new LinkedHashMap<>();
		jdbc.sql("select code, kind, title_zh, title_en from duty.procedure order by kind desc, seq, code")
			.query((rs, n) -> new DutyProcedure(rs.getString(1), rs.getString(2).equals("EMERGENCY"), rs.getString(3),
					rs.getString(4), List.copyOf(steps.getOrDefault(rs.getString(1), List.of()))))
			.list()
			.forEach(p -> procedures.put(p.code(), p));
		Map<String, List<String>> ofPost = new LinkedHashMap<>();
		jdbc.sql("select post_code, procedure_code from duty.post_procedure order by 1, 2")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> ofPost.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return new View(posts, procedures, ofPost);
	}

	/**
	 * The adaptations in force at the unit, the highest region's first and the school's
	 * last.
	 */
	List<Adaptation> adaptations(String regionCode, Long schoolId) {
		return jdbc
			.sql("""
					select id, region_prefix, school_id, target_kind, target_code, action, item_key, text from duty.adaptation
					where (school_id is null and :region like region_prefix || '%') or school_id = :school
					order by length(region_prefix), school_id nulls first, id""")
			.param("region", regionCode)
			.param("school", schoolId == null ? -1L : schoolId)
			.query((rs, n) -> new Adaptation(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	static void apply(List<CatalogueItem> items, Adaptation a, String by) {
		switch (a.action()) {
			case "ADD" -> items.add(new CatalogueItem("A" + a.id(), a.text(), by));
			case "REPLACE" ->
				items.replaceAll(i -> i.key().equals(a.itemKey()) ? new CatalogueItem(i.key(), a.text(), by) : i);
			case "HIDE" -> items.removeIf(i -> i.key().equals(a.itemKey()));
			default -> throw new IllegalStateException("unknown adaptation " + a.action());
		}
	}

	private Map<String, List<CatalogueItem>> items(String sql) {
		Map<String, List<CatalogueItem>> items = new LinkedHashMap<>();
		jdbc.sql(sql)
			.query((rs, n) -> Map.entry(rs.getString(1), new CatalogueItem("N" + rs.getInt(2), rs.getString(3), "")))
			.list()
			.forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return items;
	}

}
