package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rankings read from the materialised scores and their kept ranks ({@link ScoreRanks}):
 * the schools of a region by total (ties share a rank), each with its rank over the same
 * region in the previous period, and the regions one level down by the average of their
 * schools. A period not yet scored is scored first, and so is the previous one, so that
 * movement shows.
 */
@Service
@Transactional
public class Rankings {

	/** Schools per page of a ranking. */
	static final int PAGE = 50;

	private static final String RANKED = """
			with cur as (select school_id, school_name, region_code, hazards, fixed, open_hazards, overdue, inspected,
			         inspected_items, total, figures, rank() over (order by total desc) r
			       from assessment.school_score
			       where scheme_id = :s and period_key = :p and region_code like :prefix || '%%'),
			     prev as (select school_id, rank() over (order by total desc) r from assessment.school_score
			       where scheme_id = :s and period_key = :pp and region_code like :prefix || '%%')
			select cur.r, prev.r, cur.school_id, cur.school_name, cur.region_code, cur.hazards, cur.fixed,
			       cur.open_hazards, cur.overdue, cur.inspected, cur.inspected_items, cur.total, cur.figures::text
			from cur left join prev on prev.school_id = cur.school_id
			order by cur.r, cur.school_name, cur.school_id %s""";

	private final JdbcClient jdbc;

	private final AssessmentManagement schemes;

	private final AssessmentScores scores;

	private final OrgManagement org;

	private final ObjectMapper json;

	private final Clock clock;

	Rankings(JdbcClient jdbc, AssessmentManagement schemes, AssessmentScores scores, OrgManagement org,
			ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.schemes = schemes;
		this.scores = scores;
		this.org = org;
		this.clock = clock;
	}

	/** A page of the ranking of {@code region} (null: the caller's whole reach). */
	public Ranking of(long schemeId, AssessmentPeriod period, String region, int page) {
		SchemeView scheme = schemes.scheme(schemeId);
		String prefix = AssessmentScores.prefix(Callers.current(), scheme, region);
		OffsetDateTime computed = computedAt(schemeId, period, prefix);
		if (computed == null) {
			scores.compute(schemeId, period, region);
			computed = computedAt(schemeId, period, prefix);
		}
		if (computedAt(schemeId, period.previous(), prefix) == null) {
			scores.compute(schemeId, period.previous(), region);
		}
		long count = jdbc
			.sql("select count(*) from assessment.school_score where scheme_id = :s and period_key = :p"
					+ " and region_code like :prefix || '%'")
			.param("s", schemeId)
			.param("p", period.key())
			.param("prefix", prefix)
			.query(Long.class)
			.single();
		int p = Math.max(0, page);
		String code = RegionCode.fromPrefix(prefix).value();
		return new Ranking(scheme, period, code, org.regionNames().getOrDefault(code, code),
				computed == null ? null : computed.atZoneSameInstant(clock.getZone()).toLocalDateTime().withNano(0),
				count, p, PAGE, schools(schemeId, period, prefix, " limit " + PAGE + " offset " + (long) p * PAGE),
				regions(schemeId, period, prefix));
	}

	/** Every school of the ranking, for the export. */
	@Transactional(readOnly = true)
	public List<RankedSchool> all(long schemeId, AssessmentPeriod period, String region) {
		SchemeView scheme = schemes.scheme(schemeId);
		return schools(schemeId, period, AssessmentScores.prefix(Callers.current(), scheme, region), "");
	}

	private List<RankedSchool> schools(long schemeId, AssessmentPeriod period, String prefix, String limit) {
		String rank = ScoreRanks.column(prefix);
		String sql = rank == null ? RANKED.formatted(limit) : """
				select c.%1$s, p.%1$s, c.school_id, c.school_name, c.region_code, c.hazards, c.fixed, c.open_hazards,
				       c.overdue, c.inspected, c.inspected_items, c.total, c.figures::text
				from assessment.school_score c
				left join assessment.school_score p on p.scheme_id = c.scheme_id and p.period_key = :pp
				     and p.school_id = c.school_id
				where c.scheme_id = :s and c.period_key = :p and c.region_code like :prefix || '%%'
				order by c.%1$s, c.school_name, c.school_id %2$s""".formatted(rank, limit);
		return jdbc.sql(sql)
			.param("s", schemeId)
			.param("p", period.key())
			.param("pp", period.previous().key())
			.param("prefix", prefix)
			.query((rs, n) -> new RankedSchool(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2),
					rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
					rs.getInt(9), rs.getDouble(10), rs.getInt(11), rs.getDouble(12), figures(rs.getString(13))))
			.list();
	}

	/**
	 * The regions one level down by the average of their schools, as kept by
	 * {@link ScoreRanks}: provinces of the platform, cities of a province, counties of a
	 * city, townships of a county.
	 */
	private List<RankedRegion> regions(long schemeId, AssessmentPeriod period, String prefix) {
		Map<String, String> names = org.regionNames();
		return jdbc
			.sql("""
					select c.rank, p.rank, c.code, c.schools, c.average from assessment.region_score c
					left join assessment.region_score p on p.scheme_id = c.scheme_id and p.period_key = :pp and p.code = c.code
					where c.scheme_id = :s and c.period_key = :p and c.parent = :prefix order by c.rank, c.code""")
			.param("s", schemeId)
			.param("p", period.key())
			.param("pp", period.previous().key())
			.param("prefix", prefix)
			.query((rs, n) -> new RankedRegion(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2),
					rs.getString(3), names.getOrDefault(rs.getString(3), rs.getString(3)), rs.getInt(4),
					rs.getDouble(5)))
			.list();
	}

	/**
	 * The stored figures of the other computed kinds; a kind no longer known is left out.
	 */
	private Map<IndicatorKind, int[]> figures(String stored) {
		Map<IndicatorKind, int[]> out = new EnumMap<>(IndicatorKind.class);
		json.readTree(stored).properties().forEach(e -> {
			int[] f = new int[e.getValue().size()];
			for (int k = 0; k < f.length; k++) {
				f[k] = e.getValue().get(k).asInt();
			}
			java.util.Arrays.stream(IndicatorKind.values())
				.filter(kind -> kind.name().equals(e.getKey()))
				.findFirst()
				.ifPresent(kind -> out.put(kind, f));
		});
		return out;
	}

	private OffsetDateTime computedAt(long schemeId, AssessmentPeriod period, String prefix) {
		return jdbc
			.sql("select min(computed_at) from assessment.school_score where scheme_id = :s and period_key = :p"
					+ " and region_code like :prefix || '%'")
			.param("s", schemeId)
			.param("p", period.key())
			.param("prefix", prefix)
			.query(OffsetDateTime.class)
			.list()
			.stream()
			// min() of no rows is one null row: a period not scored yet
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

}
