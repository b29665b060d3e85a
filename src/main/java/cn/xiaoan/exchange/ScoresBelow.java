package cn.xiaoan.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import cn.xiaoan.assessment.RankingElsewhere;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lower installations' school scores, kept under the installation of each school
 * ({@code origin}), so a score reaching here directly and through a middle installation
 * is kept once; the newer where it was sent from wins. Shown inside the rankings of the
 * bureau above through assessment's extension point: where an installation scored a
 * school under several schemes of the year, the newest scheme's score counts (one place
 * per school). A middle installation forwards what it keeps ({@link Relay}).
 */
@Component
class ScoresBelow implements RankingElsewhere, Forwarded {

	/** A school's score a middle installation forwards from below (ADR 0071). */
	static final String RELAYED = "assessment.score.relayed";

	private static final String COLUMNS = """
			origin, origin_name, origin_region, scheme_id, period_key, school_id, scheme_name, year, school_name,
			region_code, total, figures::text figures, indicators::text indicators,
			nullif(counted_at, '-infinity') counted_at""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ScoresBelow(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public List<School> schools(String regionPrefix, int year, String periodKey) {
		DataScope scope = Callers.current().scope();
		if (scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL
				|| !scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
		return jdbc
			.sql("""
					select s.origin_name, s.school_id, s.school_name, s.region_code, s.scheme_name, s.total, s.figures::text,
					       s.indicators::text
					from (select distinct on (m.origin, m.school_id) m.* from exchange.mirrored_school_score m
					      where m.year = :year and m.period_key = :period and m.region_code like :prefix || '%'
					      order by m.origin, m.school_id, m.scheme_id desc) s
					order by s.total desc, s.school_name""")
			.param("year", year)
			.param("period", periodKey)
			.param("prefix", regionPrefix)
			.query((rs, n) -> SchoolScoresUp.school(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getDouble(6), json.readTree(rs.getString(7)), json.readTree(rs.getString(8))))
			.list();
	}

	@Override
	public String relayedKind() {
		return RELAYED;
	}

	@Override
	public Optional<Kept> merge(Peers.Peer via, Origin origin, JsonNode score) {
		return merge(via.id(), origin, score);
	}

	/**
	 * Keeps a score when it is newer, where it was sent from, than the one kept: a
	 * replay, or an older score arriving after a newer one by another route, changes
	 * nothing. A score of the release before, without its time, counts as of now.
	 */
	Optional<Kept> merge(long peer, Origin origin, JsonNode score) {
		String counted = MirroredState.countedAt(score);
		return jdbc.sql("""
				insert into exchange.mirrored_school_score as m (peer_id, origin, origin_name, origin_region, scheme_id,
				  period_key, school_id, scheme_name, year, school_name, region_code, total, figures, indicators,
				  counted_at)
				values (:p, :o, :oName, :oRegion, :scheme, :period, :school, :schemeName, :year, :name, :region, :total,
				  cast(:figures as jsonb), cast(:indicators as jsonb), coalesce(cast(:at as timestamptz), now()))
				on conflict (origin, scheme_id, period_key, school_id) do update set peer_id = excluded.peer_id,
				  origin_name = excluded.origin_name, scheme_name = excluded.scheme_name, year = excluded.year,
				  school_name = excluded.school_name, region_code = excluded.region_code, total = excluded.total,
				  figures = excluded.figures, indicators = excluded.indicators, counted_at = excluded.counted_at,
				  updated_at = now()
				where m.counted_at < excluded.counted_at
				returning\s""" + COLUMNS)
			.param("p", peer)
			.param("o", origin.installation())
			.param("oName", origin.name())
			.param("oRegion", origin.region())
			.param("scheme", score.path("schemeId").asLong())
			.param("period", Relay.cut(score.path("periodKey").asString(""), 12))
			.param("school", score.path("schoolId").asLong())
			.param("schemeName", Relay.cut(score.path("schemeName").asString(""), 200))
			.param("year", score.path("year").asInt())
			.param("name", Relay.cut(score.path("schoolName").asString(""), 200))
			.param("region", score.path("regionCode").asString(""))
			.param("total", score.path("total").asDouble())
			.param("figures", json.writeValueAsString(score.path("figures")))
			.param("indicators", json.writeValueAsString(score.path("indicators")))
			.param("at", counted)
			.query(this::kept)
			.optional();
	}

	@Override
	public void keptUnder(String regionPrefix, String notAt, Consumer<Kept> each) {
		KeptRows.under(jdbc, COLUMNS, "exchange.mirrored_school_score", "origin, scheme_id, period_key, school_id",
				regionPrefix, notAt, this::kept, each);
	}

	/** A score as kept, to forward: as the school's installation sent it, and when. */
	private Kept kept(ResultSet rs, int n) throws SQLException {
		Map<String, Object> body = KeptRows.body(rs);
		body.put("schemeId", rs.getLong("scheme_id"));
		body.put("schemeName", rs.getString("scheme_name"));
		body.put("year", rs.getInt("year"));
		body.put("periodKey", rs.getString("period_key"));
		body.put("schoolId", rs.getLong("school_id"));
		body.put("schoolName", rs.getString("school_name"));
		body.put("regionCode", rs.getString("region_code"));
		body.put("total", rs.getDouble("total"));
		body.put("figures", json.readTree(rs.getString("figures")));
		body.put("indicators", json.readTree(rs.getString("indicators")));
		// a count kept before counts carried their time has none: it counts as of its
		// arrival above
		OffsetDateTime counted = rs.getObject("counted_at", OffsetDateTime.class);
		body.put("countedAt", counted == null ? null : counted.toString());
		return KeptRows.kept(RELAYED, rs, body);
	}

}
