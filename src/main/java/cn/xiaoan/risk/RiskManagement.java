package cn.xiaoan.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk module's API for a school's inventory and its campus map ({@link RiskMap}),
 * and the library templates a school may adopt ({@link RiskLibrary}). Every call checks
 * the caller's scope through the school ({@link OrgManagement#school(long)}): a point of
 * a school outside it is not found. Reading needs SCHOOL_READ, changing a school's
 * inventory SECURITY_EDIT (principal, school safety officer).
 */
@Service
@Transactional(readOnly = true)
public class RiskManagement {

	/**
	 * Export a school's risk inventory (风险点台账): the school's safety leaders and bureaus.
	 */
	public static final Permission RISK_LEDGER_EXPORT = Permission.grantedTo("RISK_LEDGER_EXPORT", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final RiskLibrary library;

	private final RiskPoints points;

	private final RiskMap map;

	private final RiskZones zones;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	RiskManagement(JdbcClient jdbc, OrgManagement org, PolicyManagement policy, RiskLibrary library, RiskPoints points,
			RiskMap map, RiskZones zones, ApplicationEventPublisher events, java.time.Clock clock) {
		this.zones = zones;
		this.jdbc = jdbc;
		this.org = org;
		this.policy = policy;
		this.library = library;
		this.points = points;
		this.map = map;
		this.events = events;
		this.clock = clock;
	}

	/** The library templates the caller may see, optionally of one category. */
	public List<RiskTemplate> templates(String categoryCode) {
		return library.templates(categoryCode);
	}

	/** The school's risk points, highest level first, optionally filtered. */
	public List<RiskPoint> inventory(long schoolId, RiskLevel level, String categoryCode, boolean onlyDue) {
		org.school(schoolId);
		Callers.current().require(Permission.RISK_READ);
		StringBuilder sql = new StringBuilder(RiskRows.POINT).append(" where p.school_id = :s");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("s", schoolId);
		if (level != null) {
			sql.append(" and p.level = :level");
			params.put("level", level.name());
		}
		if (categoryCode != null && !categoryCode.isBlank()) {
			sql.append(" and p.category_code = :cat");
			params.put("cat", categoryCode);
		}
		if (onlyDue) {
			sql.append(" and (p.level is null or p.review_due <= current_date)");
		}
		return jdbc.sql(sql + RiskRows.ORDER).params(params).query(RiskRows::point).list();
	}

	/**
	 * The whole inventory of a school for the ledger export (another tenant's school is
	 * not found; a role without {@link #RISK_LEDGER_EXPORT} is refused).
	 */
	public List<RiskPoint> ledger(long schoolId) {
		org.school(schoolId);
		Callers.current().require(RISK_LEDGER_EXPORT);
		return inventory(schoolId, null, null, false);
	}

	/** A risk point of a school in the caller's scope. */
	public RiskPoint point(long id) {
		RiskPoint point = points.find(id);
		org.school(point.schoolId());
		Callers.current().require(Permission.RISK_READ);
		return point;
	}

	/** Copies a library template the school may see into its inventory as a new point. */
	@Transactional
	public RiskPoint adopt(long schoolId, long templateId) {
		SchoolSummary school = points.editable(schoolId);
		RiskTemplate template = library.visibleTo(school.regionCode(), templateId)
			.orElseThrow(() -> new BusinessRuleViolation("templateId", "risk.error.template"));
		int seq = jdbc.sql("select seq from risk.category where code = :c")
			.param("c", template.categoryCode())
			.query(Integer.class)
			.single();
		int next = jdbc.sql("""
				select coalesce(max(split_part(number, '-', 2)::int), 0) + 1 from risk.point
				where school_id = :s and category_code = :c""")
			.param("s", schoolId)
			.param("c", template.categoryCode())
			.query(Integer.class)
			.single();
		String number = String.format("%02d-%03d", seq, next);
		long id = jdbc.sql("""
				insert into risk.point (school_id, region_code, number, template_id, category_code, name,
				       hazard_factors, accident_types, control_measures, emergency_measures, report_phone)
				values (:s, :r, :n, :t, :c, :name, :h, :a, :cm, :em, :phone) returning id""")
			.param("s", schoolId)
			.param("r", school.regionCode())
			.param("n", number)
			.param("t", templateId)
			.param("c", template.categoryCode())
			.param("name", template.name())
			.param("h", template.hazardFactors())
			.param("a", template.accidentTypes())
			.param("cm", template.controlMeasures())
			.param("em", template.emergencyMeasures())
			.param("phone", school.phone() == null ? "" : school.phone())
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("risk_point", id, school.regionCode(), schoolId,
				Map.of("number", number, "name", template.name(), "templateId", templateId)));
		return points.find(id);
	}

	/**
	 * Changes the point's description; a point that changes is due for review at once
	 * (DOMAIN.md §3.1: reviewed "whenever a point changes"), so it shows in the
	 * due-for-review list and the reminder job announces it.
	 */
	@Transactional
	public RiskPoint edit(long id, EditRiskPoint command) {
		RiskPoint before = points.editable(points.find(id));
		Map<String, String> problems = command.problems();
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		if (command.sameAs(before)) {
			return before;
		}
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("""
				update risk.point set name = :name, location = :loc, hazard_factors = :h, accident_types = :a,
				       emergency_measures = :em, supervising_department = :dept, report_phone = :phone,
				       review_due = least(coalesce(review_due, :today), :today), updated_at = now() where id = :id""")
			.param("today", today)
			.param("name", command.name())
			.param("loc", command.location())
			.param("h", command.hazardFactors())
			.param("a", command.accidentTypes())
			.param("em", command.emergencyMeasures())
			.param("dept", command.supervisingDepartment())
			.param("phone", command.reportPhone())
			.param("id", id)
			.update();
		return points.published(before);
	}

	/**
	 * Grades the point with LEC or LS against the thresholds of the school's region and
	 * sets the next review date; values off the scales are field errors.
	 */
	@Transactional
	public RiskPoint assess(long id, AssessRisk command) {
		CurrentUser caller = Callers.current();
		RiskPoint before = points.editable(points.find(id));
		PolicySnapshot snapshot = policy.snapshot();
		Map<String, String> problems = new LinkedHashMap<>();
		RiskGrading.Grade grade = null;
		try {
			grade = RiskGrading.grade(command, RiskGrading.Thresholds.of(snapshot, before.regionCode()));
		}
		catch (BusinessRuleViolation ex) {
			problems.putAll(ex.fieldErrors());
		}
		problems.putAll(new TextRules().required("controlMeasures", TextRules.trim(command.controlMeasures()), 2000)
			.required("responsiblePerson", TextRules.trim(command.responsiblePerson()), 50)
			.errors());
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		int interval = snapshot.effective(PolicySetting.RISK_REVIEW_INTERVAL_DAYS, before.regionCode()).asInt();
		boolean lec = grade.method().equals("LEC");
		jdbc.sql("""
				update risk.point set method = :m, l = :l, e = :e, c = :c, s = :s, score = :score, level = :level,
				       control_measures = :cm, responsible_person = :rp, assessed_by = :by, assessed_at = now(),
				       review_due = :due, updated_at = now() where id = :id""")
			.param("m", grade.method())
			.param("l", command.l())
			.param("e", lec ? command.e() : null)
			.param("c", lec ? command.c() : null)
			.param("s", lec ? null : command.s())
			.param("score", grade.score())
			.param("level", grade.level().name())
			.param("cm", TextRules.trim(command.controlMeasures()))
			.param("rp", TextRules.trim(command.responsiblePerson()))
			.param("by", caller.username())
			.param("due", LocalDate.now(clock).plusDays(interval))
			.param("id", id)
			.update();
		return points.published(before);
	}

	/**
	 * Places the point on the campus plan, x and y in percent of its width and height.
	 */
	@Transactional
	public RiskPoint place(long id, BigDecimal x, BigDecimal y) {
		return map.place(id, x, y);
	}

	/** Stores the campus plan of the four-colour map (PNG or JPEG, at most 10 MB). */
	@Transactional
	public void uploadPlan(long schoolId, byte[] upload) {
		map.upload(schoolId, upload);
	}

	/** The zones drawn on the school's four-colour map. */
	public List<RiskZone> zones(long schoolId) {
		return zones.of(schoolId);
	}

	/**
	 * Draws a zone on the school's map: a name (at most 30 characters) and its 3 to 40
	 * corners, each x and y in percent of the plan joined by a comma, separated by
	 * spaces.
	 */
	@Transactional
	public RiskZone drawZone(long schoolId, String name, String outline) {
		return zones.draw(schoolId, name, outline);
	}

	/** Removes a zone of the school's map; its points stay placed. */
	@Transactional
	public void removeZone(long schoolId, long zoneId) {
		zones.remove(schoolId, zoneId);
	}

	/** The school's campus plan, if one was uploaded. */
	Optional<CampusPlan> plan(long schoolId) {
		return map.plan(schoolId);
	}

	/**
	 * The size in pixels of the school's campus plan, if one was uploaded, for other
	 * modules that draw on it (emergency's evacuation routes) over the image served at
	 * {@code /schools/{id}/risk-map/image}.
	 */
	public Optional<CampusPlanSize> campusPlanSize(long schoolId) {
		return map.plan(schoolId).map(p -> new CampusPlanSize(p.width(), p.height()));
	}

	/** The thresholds an assessment of a point in this region is graded against. */
	RiskGrading.Thresholds thresholds(String regionCode) {
		return RiskGrading.Thresholds.of(policy.snapshot(), regionCode);
	}

	/** May the caller change this school's inventory (for showing forms)? */
	public boolean canEdit() {
		return Callers.current().can(Permission.SECURITY_EDIT);
	}

}
