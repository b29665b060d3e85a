package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schemes (考核方案) of the assessment module: a bureau defines its own, sees those of
 * the bureaus above it (inherited, like policy) and below it, and adapts an inherited one
 * by copying it; only the bureau that owns a scheme edits it. Every call checks role and
 * scope; a scheme the caller may not see answers 404.
 */
@Service
@Transactional
public class AssessmentManagement {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssessmentManagement(JdbcClient jdbc, OrgManagement org, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.events = events;
		this.clock = clock;
	}

	/** Defines a scheme of the caller's bureau; answers its id. */
	public long define(DefineScheme command) {
		CurrentUser caller = Callers.current().require(AssessmentPermissions.MANAGE);
		String region = body(caller);
		long id = insertScheme(region, command.year(), command.name(), null, caller);
		events.publishEvent(EntityChanged.created("assessment_scheme", id, region, null,
				Map.of("name", command.name(), "year", command.year())));
		events.publishEvent(new SchemeChanged(id, region));
		return id;
	}

	/** Adds an indicator to a scheme of the caller's own bureau. */
	public long addIndicator(long schemeId, AddIndicator command) {
		SchemeView scheme = ownScheme(schemeId);
		if (command.kind().computed() && command.target() == null) {
			throw new BusinessRuleViolation("target", "assessment.indicator.target.required");
		}
		if (scheme.maxPoints() + command.weight().doubleValue() > 100.001) {
			throw new BusinessRuleViolation("weight", "assessment.indicator.weight.over");
		}
		long id = insertIndicator(schemeId, scheme.indicators().size() + 1, command);
		events.publishEvent(EntityChanged.created("assessment_indicator", id, scheme.regionCode(), null,
				Map.of("scheme", scheme.name(), "name", command.name(), "weight", command.weight())));
		events.publishEvent(new SchemeChanged(schemeId, scheme.regionCode()));
		return id;
	}

	/**
	 * 调整: copies a scheme the caller sees (usually one inherited from above) with its
	 * indicators to the caller's bureau, to be edited there; answers the copy's id.
	 */
	public long adapt(long schemeId, String name) {
		CurrentUser caller = Callers.current().require(AssessmentPermissions.MANAGE);
		SchemeView source = scheme(schemeId);
		String region = body(caller);
		if (source.regionCode().equals(region)) {
			throw new BusinessRuleViolation("name", "assessment.scheme.adapt.own");
		}
		String copyName = name == null || name.isBlank() ? source.name() : name.trim();
		if (copyName.length() > 200) {
			throw new BusinessRuleViolation("name", "assessment.scheme.name.long");
		}
		long id = insertScheme(region, source.year(), copyName, source.id(), caller);
		for (SchemeView.IndicatorView i : source.indicators()) {
			insertIndicator(id, i.position(),
					new AddIndicator(i.name(), i.kind(), java.math.BigDecimal.valueOf(i.weight()),
							i.target() == null ? null : java.math.BigDecimal.valueOf(i.target())));
		}
		events.publishEvent(EntityChanged.created("assessment_scheme", id, region, null,
				Map.of("name", copyName, "adaptedFrom", source.name())));
		events.publishEvent(new SchemeChanged(id, region));
		return id;
	}

	/**
	 * Removes an indicator of the caller's own scheme that no inspector has scored yet.
	 */
	public void removeIndicator(long schemeId, long indicatorId) {
		SchemeView scheme = ownScheme(schemeId);
		SchemeView.IndicatorView indicator = scheme.indicators()
			.stream()
			.filter(i -> i.id() == indicatorId)
			.findFirst()
			.orElseThrow(() -> new NotFound("indicator", indicatorId));
		if (jdbc.sql("select count(*) from assessment.inspection_score where indicator_id = :i")
			.param("i", indicatorId)
			.query(Long.class)
			.single() > 0) {
			throw new BusinessRuleViolation("indicator", "assessment.indicator.scored");
		}
		jdbc.sql("delete from assessment.indicator where id = :i").param("i", indicatorId).update();
		events.publishEvent(new EntityChanged("assessment_indicator", String.valueOf(indicatorId), "DELETE",
				scheme.regionCode(), null, Map.of("name", indicator.name()), Map.of()));
		events.publishEvent(new SchemeChanged(schemeId, scheme.regionCode()));
	}

	/**
	 * The schemes the caller sees: its own and inherited ones first, then those below.
	 */
	@Transactional(readOnly = true)
	public List<SchemeView> schemes() {
		CurrentUser caller = Callers.current().require(AssessmentPermissions.MANAGE);
		String region = body(caller);
		Map<String, String> names = org.regionNames();
		return jdbc
			.sql(SchemeRows.SCHEME + " where s.region_code like :prefix || '%' or :region like " + SchemeRows.PREFIX
					+ " || '%' order by s.year desc, length(s.region_code), s.region_code, s.id")
			.param("prefix", RegionCode.of(region).prefix())
			.param("region", region)
			.query((rs, n) -> SchemeRows.scheme(rs, names, List.of()))
			.list();
	}

	/** A scheme the caller sees, with its indicators. */
	@Transactional(readOnly = true)
	public SchemeView scheme(long id) {
		CurrentUser caller = Callers.current();
		SchemeView scheme = jdbc.sql(SchemeRows.SCHEME + " where s.id = :id")
			.param("id", id)
			.query((rs, n) -> SchemeRows.scheme(rs, org.regionNames(), indicators(id)))
			.optional()
			.orElseThrow(() -> new NotFound("assessment scheme", id));
		if (!caller.can(AssessmentPermissions.MANAGE) || !sees(caller, scheme.regionCode())) {
			throw new NotFound("assessment scheme", id);
		}
		return scheme;
	}

	/** May the caller edit this scheme (its own bureau's)? */
	public boolean owns(SchemeView scheme) {
		CurrentUser caller = Callers.current();
		return caller.can(AssessmentPermissions.MANAGE) && caller.scope().kind() == DataScope.Kind.REGION
				&& scheme.regionCode().equals(body(caller));
	}

	SchemeView ownScheme(long id) {
		SchemeView scheme = scheme(id);
		if (!owns(scheme)) {
			throw new AccessDenied("only the bureau that owns a scheme edits it");
		}
		return scheme;
	}

	private List<SchemeView.IndicatorView> indicators(long schemeId) {
		return jdbc
			.sql("select id, position, name, kind, weight, target from assessment.indicator"
					+ " where scheme_id = :s order by position, id")
			.param("s", schemeId)
			.query((rs, n) -> new SchemeView.IndicatorView(rs.getLong(1), rs.getInt(2), rs.getString(3),
					IndicatorKind.valueOf(rs.getString(4)), rs.getDouble(5),
					rs.getBigDecimal(6) == null ? null : rs.getDouble(6)))
			.list();
	}

	private long insertScheme(String region, int year, String name, Long adaptedFrom, CurrentUser caller) {
		return jdbc.sql("""
				insert into assessment.scheme (region_code, year, name, adapted_from, created_by_name, created_at)
				values (:r, :y, :n, :a, :by, :at) returning id""")
			.param("r", region)
			.param("y", year)
			.param("n", name)
			.param("a", adaptedFrom)
			.param("by", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}

	private long insertIndicator(long schemeId, int position, AddIndicator command) {
		return jdbc.sql("""
				insert into assessment.indicator (scheme_id, position, name, kind, weight, target)
				values (:s, :p, :n, :k, :w, :t) returning id""")
			.param("s", schemeId)
			.param("p", position)
			.param("n", command.name())
			.param("k", command.kind().name())
			.param("w", command.weight())
			.param("t", command.kind().computed() ? command.target() : null)
			.query(Long.class)
			.single();
	}

	/** A scheme of the caller's region or below, or of a bureau above it (inherited). */
	static boolean sees(CurrentUser caller, String schemeRegion) {
		DataScope scope = caller.scope();
		return scope.coversRegion(schemeRegion)
				|| scope.kind() == DataScope.Kind.REGION && RegionCode.of(schemeRegion).contains(scope.regionPrefix());
	}

	/** The region code of the caller's bureau; schools and the platform define none. */
	static String body(CurrentUser caller) {
		if (caller.scope().kind() != DataScope.Kind.REGION) {
			throw new AccessDenied("only a bureau's account defines assessment schemes");
		}
		return RegionCode.fromPrefix(caller.scope().regionPrefix()).value();
	}

}
