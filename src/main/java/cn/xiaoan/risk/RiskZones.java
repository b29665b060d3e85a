package cn.xiaoan.risk;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zones of a school's four-colour map, drawn by the school's safety officer or
 * principal. Reached through {@link RiskManagement}; a zone of a school outside the
 * caller's scope is not found.
 */
@Service
@Transactional(readOnly = true)
class RiskZones {

	static final int MAX_ZONES = 100;

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final RiskPoints points;

	private final ApplicationEventPublisher events;

	RiskZones(JdbcClient jdbc, OrgManagement org, RiskPoints points, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.org = org;
		this.points = points;
		this.events = events;
	}

	/**
	 * A zone with the highest level among the points placed in it (null: none assessed).
	 */
	record Coloured(RiskZone zone, RiskLevel highest, int points) {
	}

	List<RiskZone> of(long schoolId) {
		org.school(schoolId);
		Callers.current().require(Permission.RISK_READ);
		return jdbc.sql("select id, school_id, name, outline from risk.zone where school_id = :s order by id")
			.param("s", schoolId)
			.query((rs, n) -> new RiskZone(rs.getLong(1), rs.getLong(2), rs.getString(3),
					RiskZone.parse(rs.getString(4))))
			.list();
	}

	/** Each zone coloured by the highest level of the placed points inside it. */
	static List<Coloured> colour(List<RiskZone> zones, List<RiskPoint> placed) {
		return zones.stream().map(z -> {
			List<RiskPoint> inside = placed.stream()
				.filter(p -> z.contains(p.mapX().doubleValue(), p.mapY().doubleValue()))
				.toList();
			// RiskLevel runs from the highest: the smallest ordinal wins
			RiskLevel highest = Arrays.stream(RiskLevel.values())
				.filter(lv -> inside.stream().anyMatch(p -> p.level() == lv))
				.findFirst()
				.orElse(null);
			return new Coloured(z, highest, inside.size());
		}).toList();
	}

	@Transactional
	RiskZone draw(long schoolId, String name, String outline) {
		SchoolSummary school = points.editable(schoolId);
		String trimmed = TextRules.trim(name);
		Map<String, String> problems = new LinkedHashMap<>();
		if (trimmed.isEmpty() || trimmed.length() > 30) {
			problems.put("name", "risk.error.zone.name");
		}
		List<RiskZone.Corner> corners = RiskZone.parse(outline);
		if (corners == null) {
			problems.put("outline", "risk.error.zone.outline");
		}
		if (problems.isEmpty() && count(schoolId) >= MAX_ZONES) {
			problems.put("name", "risk.error.zone.toomany");
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		String stored = RiskZone.outline(corners);
		long id = jdbc.sql("""
				insert into risk.zone (school_id, region_code, name, outline, created_by)
				values (:s, :r, :n, :o, :by) returning id""")
			.param("s", schoolId)
			.param("r", school.regionCode())
			.param("n", trimmed)
			.param("o", stored)
			.param("by", Callers.current().username())
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("risk_zone", id, school.regionCode(), schoolId,
				Map.of("name", trimmed, "outline", stored)));
		return new RiskZone(id, schoolId, trimmed, corners);
	}

	/** Removes a zone of the school; the points placed in it stay where they are. */
	@Transactional
	void remove(long schoolId, long zoneId) {
		SchoolSummary school = points.editable(schoolId);
		Map<String, Object> before = jdbc.sql("select name, outline from risk.zone where id = :id and school_id = :s")
			.param("id", zoneId)
			.param("s", schoolId)
			.query((rs, n) -> Map.<String, Object>of("name", rs.getString(1), "outline", rs.getString(2)))
			.optional()
			.orElseThrow(() -> new NotFound("risk zone", zoneId));
		jdbc.sql("delete from risk.zone where id = :id").param("id", zoneId).update();
		events.publishEvent(new EntityChanged("risk_zone", String.valueOf(zoneId), "DELETE", school.regionCode(),
				schoolId, before, Map.of()));
	}

	private int count(long schoolId) {
		return jdbc.sql("select count(*) from risk.zone where school_id = :s")
			.param("s", schoolId)
			.query(Integer.class)
			.single();
	}

}
