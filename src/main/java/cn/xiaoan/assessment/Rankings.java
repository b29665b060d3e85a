package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rankings read from the materialised scores and their kept ranks ({@link ScoreRanks}):
 * the schools of a region by total (ties share a rank), each with its rank over the same
 * region in the previous period, and the regions one level down by the average of their
 * schools. A period not yet scored is scored first, and so is the previous one, so that
 * movement shows. Schools another installation scored (四级联网, {@link RankingElsewhere})
 * are placed among them read-only ({@link MergedRanking}).
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
			     prev as (select school_id, total, rank() over (order by total desc) r from assessment.school_score
			       where scheme_id = :s and period_key = :pp and region_code like :prefix || '%%')
			select cur.r, prev.r, cur.school_id, cur.school_name, cur.region_code, cur.hazards, cur.fixed,
			       cur.open_hazards, cur.overdue, cur.inspected, cur.inspected_items, cur.total, cur.figures::text, prev.total
			from cur left join prev on prev.school_id = cur.school_id
			order by cur.r, cur.school_name, cur.school_id %s""";

	private final JdbcClient jdbc;

	private final AssessmentManagement schemes;

	private final AssessmentScores scores;

	private final OrgManagement org;

	private final ObjectMapper json;

	private final Clock clock;

	private final ObjectProvider<RankingElsewhere> elsewhere;

	Rankings(JdbcClient jdbc, AssessmentManagement schemes, AssessmentScores scores, OrgManagement org,
			ObjectMapper json, Clock clock, ObjectProvider<RankingElsewhere> elsewhere) {
		this.jdbc = jdbc;
		this.elsewhere = elsewhere;
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
		long offset = (long) p * PAGE;
		List<RankingElsewhere.School> below = elsewhere(scheme, period, prefix);
		List<RankedSchool> rows;
		if (below.isEmpty()) {
			rows = schools(schemeId, period, prefix, " limit " + PAGE + " offset " + offset).stream()
				.map(MergedRanking.Local::school)
				.toList();
		}
		else {
			MergedRanking.Side now = new MergedRanking.Side(totals(schemeId, period, prefix), below);
			MergedRanking.Window window = MergedRanking.window(now, offset, PAGE);
			List<MergedRanking.Local> local = window.localLimit() <= 0 ? List.of() : schools(schemeId, period, prefix,
					" limit " + window.localLimit() + " offset " + window.localOffset());
			rows = MergedRanking.page(window, offset, local, now, previous(scheme, period, prefix));
			count += below.size();
		}
		return new Ranking(scheme, period, code, org.regionNames().getOrDefault(code, code),
				computed == null ? null : computed.atZoneSameInstant(clock.getZone()).toLocalDateTime().withNano(0),
				count, p, PAGE, rows, regions(scheme, period, prefix));
	}

	/**
	 * Every school of the ranking, for the export and the 通报: this platform's and those
	 * scored below ({@link RankingElsewhere}), each at its place among all.
	 */
	@Transactional(readOnly = true)
	public List<RankedSchool> all(long schemeId, AssessmentPeriod period, String region) {
		SchemeView scheme = schemes.scheme(schemeId);
		String prefix = AssessmentScores.prefix(Callers.current(), scheme, region);
		List<MergedRanking.Local> local = schools(schemeId, period, prefix, "");
		List<RankingElsewhere.School> below = elsewhere(scheme, period, prefix);
		if (below.isEmpty()) {
			return local.stream().map(MergedRanking.Local::school).toList();
		}
		MergedRanking.Side now = new MergedRanking.Side(local.stream().mapToDouble(l -> l.school().total()).toArray(),
				below);
		return MergedRanking.all(local, now, previous(scheme, period, prefix));
	}

	/** This platform's schools of the ranking only: what goes up to the bureau above. */
	@Transactional(readOnly = true)
	List<RankedSchool> local(long schemeId, AssessmentPeriod period, String region) {
		SchemeView scheme = schemes.scheme(schemeId);
		return schools(schemeId, period, AssessmentScores.prefix(Callers.current(), scheme, region), "").stream()
			.map(MergedRanking.Local::school)
			.toList();
	}

	/**
	 * The schools of the region scored by the installations below for the same period of
	 * a scheme of the same year, best first.
	 */
	private List<RankingElsewhere.School> elsewhere(SchemeView scheme, AssessmentPeriod period, String prefix) {
		List<RankingElsewhere.School> all = new ArrayList<>();
		elsewhere.orderedStream().forEach(e -> all.addAll(e.schools(prefix, scheme.year(), period.key())));
		all.sort(Comparator.comparingDouble(RankingElsewhere.School::total)
			.reversed()
			.thenComparing(RankingElsewhere.School::schoolName));
		return all;
	}

	/** The previous period's local totals and schools from below. */
	private MergedRanking.Side previous(SchemeView scheme, AssessmentPeriod period, String prefix) {
		return new MergedRanking.Side(totals(scheme.id(), period.previous(), prefix),
				elsewhere(scheme, period.previous(), prefix));
	}

	/** The local totals of a ranking, best first. */
	private double[] totals(long schemeId, AssessmentPeriod period, String prefix) {
		return jdbc
			.sql("select total from assessment.school_score where scheme_id = :s and period_key = :p"
					+ " and region_code like :prefix || '%' order by total desc")
			.param("s", schemeId)
			.param("p", period.key())
			.param("prefix", prefix)
			.query(Double.class)
			.list()
			.stream()
			.mapToDouble(Double::doubleValue)
			.toArray();
	}

	private List<MergedRanking.Local> schools(long schemeId, AssessmentPeriod period, String prefix, String limit) {
		String rank = ScoreRanks.column(prefix);
		// the page first, then each of its schools' previous place: a join of the whole
		// period to the whole previous one was planned as a nested loop over 20,000 x
		// 20,000 rows while their statistics were missing (24 s for a province)
		String sql = rank == null ? RANKED.formatted(limit) : """
				select c.%1$s, p.%1$s, c.school_id, c.school_name, c.region_code, c.hazards, c.fixed, c.open_hazards,
				       c.overdue, c.inspected, c.inspected_items, c.total, c.figures::text, p.total
				from (select * from assessment.school_score
				      where scheme_id = :s and period_key = :p and region_code like :prefix || '%%'
				      order by %1$s, school_name, school_id %2$s) c
				left join lateral (select p.%1$s, p.total from assessment.school_score p
				      where p.scheme_id = c.scheme_id and p.period_key = :pp and p.school_id = c.school_id) p on true
				order by c.%1$s, c.school_name, c.school_id""".formatted(rank, limit);
		return jdbc.sql(sql)
			.param("s", schemeId)
			.param("p", period.key())
			.param("pp", period.previous().key())
			.param("prefix", prefix)
			.query((rs, n) -> new MergedRanking.Local(
					new RankedSchool(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2), rs.getLong(3),
							rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
							rs.getDouble(10), rs.getInt(11), rs.getDouble(12), figures(rs.getString(13)), null),
					rs.getObject(14) == null ? null : rs.getDouble(14)))
			.list();
	}

	/**
	 * The regions one level down by the average of their schools, as kept by
	 * {@link ScoreRanks}: provinces of the platform, cities of a province, counties of a
	 * city, townships of a county.
	 */
	private List<RankedRegion> regions(SchemeView scheme, AssessmentPeriod period, String prefix) {
		Map<String, String> names = org.regionNames();
		List<RankedRegion> local = regions(scheme.id(), period, prefix, names);
		List<RankingElsewhere.School> below = elsewhere(scheme, period, prefix);
		if (below.isEmpty()) {
			return local;
		}
		Map<String, Long> before = new java.util.HashMap<>();
		MergedRanking
			.regions(regions(scheme.id(), period.previous(), prefix, names),
					elsewhere(scheme, period.previous(), prefix), prefix, names, Map.of())
			.forEach(r -> before.put(r.code(), r.rank()));
		return MergedRanking.regions(local, below, prefix, names, before);
	}

	private List<RankedRegion> regions(long schemeId, AssessmentPeriod period, String prefix,
			Map<String, String> names) {
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
					rs.getDouble(5), null))
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
