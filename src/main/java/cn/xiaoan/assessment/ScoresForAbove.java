package cn.xiaoan.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The materialised school scores as they go up to the installation above (四级联网): per
 * scheme, period and school the total, the ledger figures and each indicator's points —
 * never an inspector's name, a note or a photo. Only for a caller who sees the whole
 * platform (the installation itself, sending).
 */
@Service
@Transactional(readOnly = true)
public class ScoresForAbove {

	/** A school's score of a scheme and period as the bureau above receives it. */
	public record SchoolScore(long schemeId, String schemeName, int year, String periodKey, long schoolId,
			String schoolName, String regionCode, double total, int hazards, int fixed, int openHazards, int overdue,
			double inspected, int inspectedItems, List<RankingElsewhere.Indicator> indicators) {
	}

	private final JdbcClient jdbc;

	private final AssessmentManagement schemes;

	private final Rankings rankings;

	ScoresForAbove(JdbcClient jdbc, AssessmentManagement schemes, Rankings rankings) {
		this.jdbc = jdbc;
		this.schemes = schemes;
		this.rankings = rankings;
	}

	/** Every score stored for the schemes of {@code fromYear} and later. */
	public List<SchoolScore> since(int fromYear) {
		if (Callers.current().scope().kind() != DataScope.Kind.ALL) {
			throw new AccessDenied("scores go up as the installation");
		}
		List<SchoolScore> out = new ArrayList<>();
		jdbc.sql(
				"""
						select distinct s.id, c.period_key from assessment.scheme s
						join assessment.school_score c on c.scheme_id = s.id where s.year >= :year order by s.id, c.period_key""")
			.param("year", fromYear)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list()
			.forEach(row -> out.addAll(of((Long) row[0], (String) row[1])));
		return out;
	}

	private List<SchoolScore> of(long schemeId, String periodKey) {
		SchemeView scheme = schemes.scheme(schemeId);
		AssessmentPeriod period = AssessmentPeriod.of(periodKey);
		// the inspectors' points per indicator and school
		Map<String, Double> inspected = new HashMap<>();
		jdbc.sql("""
				select s.indicator_id, s.school_id, s.points from assessment.inspection_score s
				join assessment.indicator i on i.id = s.indicator_id where i.scheme_id = :s and s.period_key = :p""")
			.param("s", schemeId)
			.param("p", periodKey)
			.query(rs -> {
				inspected.put(rs.getLong(1) + "/" + rs.getLong(2), rs.getDouble(3));
			});
		List<SchoolScore> out = new ArrayList<>();
		for (RankedSchool s : rankings.local(schemeId, period, null)) {
			SchoolFigures figures = s.figures();
			List<RankingElsewhere.Indicator> indicators = scheme.indicators()
				.stream()
				.map(i -> new RankingElsewhere.Indicator(i.name(), i.weight(),
						Math.round((i.kind().computed() ? AssessmentScores.pointsOf(i, figures)
								: inspected.getOrDefault(i.id() + "/" + s.schoolId(), 0.0)) * 100) / 100.0))
				.toList();
			out.add(new SchoolScore(schemeId, scheme.name(), scheme.year(), periodKey, s.schoolId(), s.schoolName(),
					s.regionCode(), s.total(), s.hazards(), s.fixed(), s.openHazards(), s.overdue(), s.inspected(),
					s.inspectedItems(), indicators));
		}
		return out;
	}

}
