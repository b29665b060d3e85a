package cn.xiaoan.risk;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The risk points as the inventory and the map change them: reads a point, checks that
 * the caller may change the school's inventory, and announces a change with its before
 * and after for the audit trail.
 */
@Component
class RiskPoints {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	RiskPoints(JdbcClient jdbc, OrgManagement org, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.org = org;
		this.events = events;
	}

	/** A point of any school: the caller checks the scope. */
	RiskPoint find(long id) {
		return jdbc.sql(RiskRows.POINT + " where p.id = :id")
			.param("id", id)
			.query(RiskRows::point)
			.optional()
			.orElseThrow(() -> new NotFound("risk point", id));
	}

	/** The school, if the caller may change its inventory. */
	SchoolSummary editable(long schoolId) {
		// Scope first, so that another tenant's id answers 404 whatever the role.
		SchoolSummary school = org.school(schoolId);
		Callers.current().require(Permission.SECURITY_EDIT);
		return school;
	}

	/** The point, if the caller may change its school's inventory. */
	RiskPoint editable(RiskPoint point) {
		editable(point.schoolId());
		return point;
	}

	/** Reads the point as changed and announces the change with its before and after. */
	RiskPoint published(RiskPoint before) {
		RiskPoint after = find(before.id());
		events.publishEvent(EntityChanged.updated("risk_point", after.id(), after.regionCode(), after.schoolId(),
				view(before), view(after)));
		return after;
	}

	private static Map<String, Object> view(RiskPoint p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", p.name());
		m.put("location", p.location());
		m.put("level", p.level() == null ? "" : p.level().name());
		m.put("score", p.score() == null ? "" : p.score().toPlainString());
		m.put("responsiblePerson", p.responsiblePerson());
		m.put("mapX", p.mapX() == null ? "" : p.mapX().toPlainString());
		m.put("mapY", p.mapY() == null ? "" : p.mapY().toPlainString());
		return m;
	}

}
