package cn.xiaoan.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campus four-colour map of a school: its plan image and where each risk point sits
 * on it. Reached through {@link RiskManagement}.
 */
@Service
@Transactional(readOnly = true)
class RiskMap {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final RiskPoints points;

	private final ApplicationEventPublisher events;

	RiskMap(JdbcClient jdbc, OrgManagement org, RiskPoints points, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.org = org;
		this.points = points;
		this.events = events;
	}

	/** Places the point on the plan, x and y in percent of its width and height. */
	@Transactional
	RiskPoint place(long id, BigDecimal x, BigDecimal y) {
		RiskPoint before = points.editable(points.find(id));
		Map<String, String> problems = new LinkedHashMap<>();
		if (x == null || x.signum() < 0 || x.compareTo(BigDecimal.valueOf(100)) > 0) {
			problems.put("x", "risk.error.position");
		}
		if (y == null || y.signum() < 0 || y.compareTo(BigDecimal.valueOf(100)) > 0) {
			problems.put("y", "risk.error.position");
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		jdbc.sql("update risk.point set map_x = :x, map_y = :y, updated_at = now() where id = :id")
			.param("x", x.setScale(2, RoundingMode.HALF_UP))
			.param("y", y.setScale(2, RoundingMode.HALF_UP))
			.param("id", id)
			.update();
		return points.published(before);
	}

	/** Stores the plan (PNG or JPEG, at most 10 MB), replacing any earlier one. */
	@Transactional
	void upload(long schoolId, byte[] upload) {
		CurrentUser caller = Callers.current();
		SchoolSummary school = points.editable(schoolId);
		CampusPlan plan = CampusPlan.of(upload);
		jdbc.sql("""
				insert into risk.campus_map (school_id, region_code, content_type, image, width, height, uploaded_by)
				values (:s, :r, :t, :i, :w, :h, :u)
				on conflict (school_id) do update set region_code = excluded.region_code,
				       content_type = excluded.content_type, image = excluded.image, width = excluded.width,
				       height = excluded.height, uploaded_by = excluded.uploaded_by, uploaded_at = now()""")
			.param("s", schoolId)
			.param("r", school.regionCode())
			.param("t", plan.contentType())
			.param("i", plan.image())
			.param("w", plan.width())
			.param("h", plan.height())
			.param("u", caller.username())
			.update();
		events.publishEvent(EntityChanged.updated("campus_map", schoolId, school.regionCode(), schoolId, Map.of(),
				Map.of("contentType", plan.contentType(), "width", plan.width(), "height", plan.height())));
	}

	/** The school's plan, if one was uploaded. */
	Optional<CampusPlan> plan(long schoolId) {
		org.school(schoolId);
		return jdbc.sql("select content_type, image, width, height from risk.campus_map where school_id = :s")
			.param("s", schoolId)
			.query((rs, n) -> new CampusPlan(rs.getString(1), rs.getBytes(2), rs.getInt(3), rs.getInt(4)))
			.optional();
	}

}
