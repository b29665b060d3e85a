package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.hazard.HazardFigures;
import cn.xiaoan.hazard.HazardFiguresBySchool;
import cn.xiaoan.hazard.SchoolHazardFigures;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores per school materialised per scheme and period (ADR 0054): {@link #compute}
 * scores every school of a region once — the hazard ledger's figures through its public
 * {@link HazardFiguresBySchool}, the other modules' through {@link IndicatorFigures} (ADR
 * 0058), the inspectors' points from this module — and the rankings ({@link Rankings})
 * read the stored rows, so a province's 20,000 schools rank without 20,000 × indicators
 * of work per request.
 */
@Service
@Transactional
public class AssessmentScores {

	private final JdbcClient jdbc;

	private final AssessmentManagement schemes;

	private final HazardFiguresBySchool hazards;

	private final OrgManagement org;

	private final ScoreRanks ranks;

	private final IndicatorFigures indicators;

	private final ObjectMapper json;

	private final Clock clock;

	AssessmentScores(JdbcClient jdbc, AssessmentManagement schemes, HazardFiguresBySchool hazards, OrgManagement org,
			ScoreRanks ranks, IndicatorFigures indicators, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.json = json;
		this.ranks = ranks;
		this.schemes = schemes;
		this.hazards = hazards;
		this.org = org;
		this.clock = clock;
	}

	/**
	 * Scores every school of {@code region} (null: all the caller may rank) under a
	 * scheme for a period, replacing what was stored; answers how many schools were
	 * scored.
	 */
	public int compute(long schemeId, AssessmentPeriod period, String region) {
		SchemeView scheme = schemes.scheme(schemeId);
		String prefix = prefix(Callers.current(), scheme, region);
		Map<Long, HazardFigures> figures = new HashMap<>();
		for (SchoolHazardFigures f : hazards.of(prefix, period.from(), period.to())) {
			figures.put(f.schoolId(), f.figures());
		}
		Set<IndicatorKind> kinds = EnumSet.noneOf(IndicatorKind.class);
		scheme.indicators().forEach(i -> kinds.add(i.kind()));
		Map<Long, Map<IndicatorKind, int[]>> others = indicators.of(kinds, prefix, period);
		Map<Long, double[]> inspected = new HashMap<>();
		jdbc.sql("""
				select s.school_id, sum(s.points), count(*) from assessment.inspection_score s
				join assessment.indicator i on i.id = s.indicator_id
				where i.scheme_id = :scheme and s.period_key = :period and s.region_code like :prefix || '%'
				group by s.school_id""")
			.param("scheme", schemeId)
			.param("period", period.key())
			.param("prefix", prefix)
			.query(rs -> {
				inspected.put(rs.getLong(1), new double[] { rs.getDouble(2), rs.getLong(3) });
			});
		List<SchoolSummary> schools = org.schoolsInScope(SchoolQuery.all())
			.stream()
			.filter(s -> s.regionCode().startsWith(prefix))
			.toList();
		int n = schools.size();
		Long[] ids = new Long[n];
		String[] regions = new String[n];
		String[] names = new String[n];
		Integer[][] counts = new Integer[4][n];
		Double[] inspectedPoints = new Double[n];
		Integer[] inspectedItems = new Integer[n];
		Double[] totals = new Double[n];
		String[] otherFigures = new String[n];
		for (int k = 0; k < n; k++) {
			SchoolSummary school = schools.get(k);
			HazardFigures f = figures.get(school.id());
			double[] points = inspected.getOrDefault(school.id(), new double[2]);
			ids[k] = school.id();
			regions[k] = school.regionCode();
			names[k] = school.name();
			counts[0][k] = f == null ? 0 : (int) f.hazards();
			counts[1][k] = f == null ? 0 : (int) f.fixed();
			counts[2][k] = f == null ? 0 : (int) f.open();
			counts[3][k] = f == null ? 0 : (int) f.overdue();
			inspectedPoints[k] = points[0];
			inspectedItems[k] = (int) points[1];
			Map<IndicatorKind, int[]> other = others.getOrDefault(school.id(), Map.of());
			otherFigures[k] = json(other);
			totals[k] = Math.round((computedPoints(scheme, new SchoolFigures(f, other)) + points[0]) * 100) / 100.0;
		}
		jdbc.sql("delete from assessment.school_score where scheme_id = :s and period_key = :p"
				+ " and region_code like :prefix || '%'")
			.param("s", schemeId)
			.param("p", period.key())
			.param("prefix", prefix)
			.update();
		jdbc.sql(
				"""
						insert into assessment.school_score (scheme_id, period_key, school_id, region_code, school_name, hazards,
						       fixed, open_hazards, overdue, inspected, inspected_items, total, figures, computed_at)
						select :s, :p, u.i, u.r, u.n, u.h, u.f, u.o, u.d, u.x, u.y, u.total, u.j::jsonb, :at
						from unnest(:ids, :regions, :names, :hazards, :fixed, :open, :overdue, :inspected, :items, :totals,
						       :figures) u(i, r, n, h, f, o, d, x, y, total, j)""")
			.param("s", schemeId)
			.param("p", period.key())
			.param("ids", ids)
			.param("regions", regions)
			.param("names", names)
			.param("hazards", counts[0])
			.param("fixed", counts[1])
			.param("open", counts[2])
			.param("overdue", counts[3])
			.param("inspected", inspectedPoints)
			.param("items", inspectedItems)
			.param("totals", totals)
			.param("figures", otherFigures)
			.param("at", OffsetDateTime.now(clock))
			.update();
		ranks.refresh(schemeId, period.key());
		return n;
	}

	/**
	 * The points of the computed indicators for a school's figures.
	 */
	static double computedPoints(SchemeView scheme, SchoolFigures figures) {
		double sum = 0;
		for (SchemeView.IndicatorView i : scheme.indicators()) {
			if (i.kind().computed()) {
				sum += pointsOf(i, figures);
			}
		}
		return sum;
	}

	/**
	 * One computed indicator's points for a school's figures (the score card shows them).
	 */
	public static double pointsOf(SchemeView.IndicatorView indicator, SchoolFigures figures) {
		return indicator.kind().points(indicator.weight(), indicator.target(), figures);
	}

	/** The figures of the other kinds as stored: {"DRILL_COMPLIANCE": [met, due], …}. */
	private String json(Map<IndicatorKind, int[]> figures) {
		return json.writeValueAsString(figures);
	}

	/**
	 * The region a ranking covers: the narrowest of the caller's scope, the scheme's
	 * region and the one asked for, which must lie in both; as a code prefix.
	 */
	static String prefix(CurrentUser caller, SchemeView scheme, String region) {
		String schemePrefix = RegionCode.of(scheme.regionCode()).prefix();
		DataScope scope = caller.scope();
		String prefix = scope.kind() == DataScope.Kind.REGION && scope.regionPrefix().length() > schemePrefix.length()
				? scope.regionPrefix() : schemePrefix;
		if (region != null && !region.isBlank()) {
			if (!RegionCode.isValid(region)) {
				throw new BusinessRuleViolation("region", "assessment.region.invalid");
			}
			String asked = RegionCode.of(region).prefix();
			if (!asked.startsWith(prefix)) {
				throw new BusinessRuleViolation("region", "assessment.region.outside");
			}
			prefix = asked;
		}
		return prefix;
	}

}
