package cn.xiaoan.risk;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standard library of risk-point templates: the national templates shipped with the
 * platform and those a bureau added for the schools of its region. A school sees the
 * national ones and its bureaus' ones; a bureau also sees those of the regions below it.
 */
@Service
@Transactional(readOnly = true)
class RiskLibrary {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	RiskLibrary(JdbcClient jdbc, OrgManagement org, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.org = org;
		this.events = events;
	}

	public List<RiskCategory> categories() {
		return jdbc.sql("select code, name from risk.category order by seq")
			.query((rs, n) -> new RiskCategory(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** The templates the caller may see, optionally of one category. */
	public List<RiskTemplate> templates(String categoryCode) {
		CurrentUser caller = Callers.current().require(Permission.RISK_READ);
		DataScope scope = caller.scope();
		String visible = switch (scope.kind()) {
			case ALL -> "true";
			case REGION -> "(t.region_code is null or :r like t.region_code || '%' or t.region_code like :r || '%')";
			default -> "(t.region_code is null or :r like t.region_code || '%')";
		};
		String region = scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix()
				: scope.kind() == DataScope.Kind.ALL ? "" : org.school(scope.schoolId()).regionCode();
		boolean oneCategory = categoryCode != null && !categoryCode.isBlank();
		return jdbc
			.sql(RiskRows.TEMPLATE + " where " + visible + (oneCategory ? " and t.category_code = :c" : "")
					+ " order by c.seq, t.region_code nulls first, t.id")
			.paramSource(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("r", region).addValue("c",
					categoryCode))
			.query(RiskRows::template)
			.list();
	}

	/**
	 * Adds a template for the schools of the caller's region (a bureau administrator; the
	 * system administrator adds to the national library).
	 */
	@Transactional
	public RiskTemplate addTemplate(NewTemplate command) {
		CurrentUser caller = Callers.current().require(Permission.POLICY_EDIT);
		DataScope scope = caller.scope();
		if (scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL) {
			throw new cn.xiaoan.shared.AccessDenied("only bureaus add library templates");
		}
		Map<String, String> problems = command.problems();
		if (problems.isEmpty() && categories().stream().noneMatch(c -> c.code().equals(command.categoryCode()))) {
			problems = Map.of("categoryCode", "risk.error.category");
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		String region = scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : null;
		long id = jdbc.sql("""
				insert into risk.template (category_code, name, hazard_factors, accident_types, control_measures,
				       emergency_measures, region_code, created_by)
				values (:c, :n, :h, :a, :cm, :em, :r, :u) returning id""")
			.param("c", command.categoryCode())
			.param("n", command.name())
			.param("h", command.hazardFactors())
			.param("a", command.accidentTypes())
			.param("cm", command.controlMeasures())
			.param("em", command.emergencyMeasures())
			.param("r", region)
			.param("u", caller.username())
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("risk_template", id, region, null,
				Map.of("name", command.name(), "categoryCode", command.categoryCode())));
		return jdbc.sql(RiskRows.TEMPLATE + " where t.id = :id").param("id", id).query(RiskRows::template).single();
	}

	/** A template a school of the region may adopt. */
	Optional<RiskTemplate> visibleTo(String schoolRegionCode, long templateId) {
		return jdbc
			.sql(RiskRows.TEMPLATE + " where t.id = :id and (t.region_code is null or :r like t.region_code || '%')")
			.param("id", templateId)
			.param("r", schoolRegionCode)
			.query(RiskRows::template)
			.optional();
	}

}
