package cn.xiaoan.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import cn.xiaoan.org.UnitNames;
import cn.xiaoan.people.AccountUnit;
import cn.xiaoan.people.AccountUnits;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names what an entry is about and where its actor belongs, for a page of entries: the
 * object by its name or title (from the latest entry about it that carried one; a status
 * change carries only the status), a school or region by the name org gives it, the actor
 * by the unit of the account (people's {@code AccountUnits}); and the object's page when
 * there is one the viewer may open.
 */
@Component
class AuditObjects {

	/** Fields whose value is a region code or a school id, shown by the unit's name. */
	static final java.util.Set<String> UNIT_FIELDS = java.util.Set.of("regionCode", "region", "schoolId", "bureau",
			"fromSchoolId", "toSchoolId", "fromRegionCode", "toRegionCode");

	/** Kinds recorded under the id of another object, named as that one. */
	private static final Map<String, String> NAMED_AS = Map.of("hazard_plan", "hazard", "hazard_supervision", "hazard",
			"hazard_photo", "hazard");

	private record Target(String path, Permission permission) {
	}

	/** The page of each kind of object, and the permission that opens it. */
	private static final Map<String, Target> PAGES = Map.ofEntries(
			Map.entry("hazard", new Target("/hazards/", Permission.HAZARD_READ)),
			Map.entry("hazard_plan", new Target("/hazards/", Permission.HAZARD_READ)),
			Map.entry("hazard_supervision", new Target("/hazards/", Permission.HAZARD_READ)),
			Map.entry("hazard_photo", new Target("/hazards/", Permission.HAZARD_READ)),
			Map.entry("risk_point", new Target("/risks/", Permission.RISK_READ)),
			Map.entry("school", new Target("/schools/", Permission.SCHOOL_READ)),
			Map.entry("education.campaign", new Target("/campaigns/", Permission.EDUCATION_STATS)),
			Map.entry("training_base", new Target("/training/bases/", Permission.TRAINING_READ)),
			Map.entry("training_session", new Target("/training/sessions/", Permission.TRAINING_READ)),
			Map.entry("training_booking", new Target("/training/bookings/", Permission.TRAINING_READ)),
			Map.entry("student", new Target("/students/", Permission.PEOPLE_READ)));

	private static final String LABEL = """
			coalesce(e.after->>'title', e.after->>'name', e.after->>'displayName', e.after->>'username',
			         e.before->>'title', e.before->>'name', e.after->>'number', e.after->>'notice')""";

	private final JdbcClient jdbc;

	private final AccountUnits accountUnits;

	private final UnitNames units;

	AuditObjects(JdbcClient jdbc, AccountUnits accountUnits, UnitNames units) {
		this.jdbc = jdbc;
		this.accountUnits = accountUnits;
		this.units = units;
	}

	/** Names and units of one page of entries. */
	record Names(Map<String, String> objects, Map<Long, String> schools, Map<String, String> regions,
			Map<Long, String> actorUnits) {

		String object(String type, String id) {
			return objects.get(NAMED_AS.getOrDefault(type, type) + "\u0000" + id);
		}

		String unit(Long schoolId, String regionCode) {
			return schoolId != null ? schools.getOrDefault(schoolId, "")
					: regionCode == null ? "" : regions.getOrDefault(regionCode, "");
		}

		/** The name of the school or region a unit field holds; the value if unknown. */
		String unitNamed(String field, String value) {
			if (field.toLowerCase().contains("school")) {
				return value.matches("\\d+") ? schools.getOrDefault(Long.valueOf(value), value) : value;
			}
			return regions.getOrDefault(value, value);
		}

	}

	Names names(List<AuditEntry> entries) {
		Map<String, String> objects = new HashMap<>();
		List<AuditEntry> numbered = entries.stream().filter(e -> e.entityId().matches("\\d+")).toList();
		if (!numbered.isEmpty()) {
			String[] types = numbered.stream()
				.map(e -> NAMED_AS.getOrDefault(e.entityType(), e.entityType()))
				.toArray(String[]::new);
			String[] ids = numbered.stream().map(AuditEntry::entityId).toArray(String[]::new);
			jdbc.sql("select distinct on (e.entity_type, e.entity_id) e.entity_type, e.entity_id, " + LABEL + """
					 from audit.entry e
					join unnest(cast(:types as text[]), cast(:ids as text[])) as k(t, i)
					  on e.entity_type = k.t and e.entity_id = k.i
					""" + " where " + LABEL + " is not null order by e.entity_type, e.entity_id, e.id desc")
				.param("types", types)
				.param("ids", ids)
				.query(rs -> {
					objects.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3));
				});
		}
		List<Long> accounts = entries.stream().map(AuditEntry::accountId).filter(Objects::nonNull).distinct().toList();
		Map<Long, Long> accountSchools = new HashMap<>();
		Map<Long, String> accountRegions = new HashMap<>();
		for (AccountUnit unit : accountUnits.of(accounts).values()) {
			if (unit.schoolId() != null) {
				accountSchools.put(unit.accountId(), unit.schoolId());
			}
			else if (unit.regionCode() != null) {
				accountRegions.put(unit.accountId(), unit.regionCode());
			}
		}
		List<String> unitValues = entries.stream()
			.flatMap(e -> Stream.of(e.before(), e.after()))
			.flatMap(m -> m.entrySet().stream())
			.filter(f -> UNIT_FIELDS.contains(f.getKey()) && f.getValue() != null)
			.map(f -> (f.getKey().toLowerCase().contains("school") ? "S" : "R") + f.getValue())
			.distinct()
			.toList();
		List<Long> schoolIds = Stream
			.of(entries.stream().map(AuditEntry::schoolId), accountSchools.values().stream(),
					unitValues.stream().filter(u -> u.matches("S\\d+")).map(u -> Long.valueOf(u.substring(1))),
					entries.stream()
						.filter(e -> "school".equals(e.entityType()) && e.entityId().matches("\\d+"))
						.map(e -> Long.valueOf(e.entityId())))
			.flatMap(ids -> ids)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<Long, String> schools = units.schools(schoolIds);
		List<String> codes = Stream
			.of(entries.stream().map(AuditEntry::regionCode), accountRegions.values().stream(),
					unitValues.stream().filter(u -> u.startsWith("R")).map(u -> u.substring(1)))
			.flatMap(c -> c)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<String, String> regions = units.regions(codes);
		schools.forEach((id, name) -> objects.put("school\u0000" + id, name));
		regions.forEach((code, name) -> objects.put("region\u0000" + code, name));
		Map<Long, String> actorUnits = new HashMap<>();
		accountSchools.forEach((account, school) -> actorUnits.put(account, schools.getOrDefault(school, "")));
		accountRegions.forEach((account, region) -> actorUnits.put(account, regions.getOrDefault(region, "")));
		return new Names(objects, schools, regions, actorUnits);
	}

	/** The object's page, if it has one and the viewer may open it; else null. */
	static String link(AuditEntry e, CurrentUser viewer) {
		Target target = PAGES.get(e.entityType());
		if (target == null || !e.entityId().matches("\\d+") || !viewer.can(target.permission())
				|| "DELETE".equals(e.action())) {
			return null;
		}
		return target.path() + e.entityId();
	}

}
