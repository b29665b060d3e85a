package cn.xiaoan.exchange;

import java.util.List;

import cn.xiaoan.assessment.RankingElsewhere;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lower installations' school scores inside the rankings of the bureau above, through
 * assessment's extension point. Where a peer scored a school under several schemes of the
 * year, the newest scheme's score counts (one place per school).
 */
@Component
class ScoresBelow implements RankingElsewhere {

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
		return jdbc.sql("""
				select p.name, s.school_id, s.school_name, s.region_code, s.scheme_name, s.total, s.figures::text,
				       s.indicators::text
				from (select distinct on (m.peer_id, m.school_id) m.* from exchange.mirrored_school_score m
				      where m.year = :year and m.period_key = :period and m.region_code like :prefix || '%'
				      order by m.peer_id, m.school_id, m.scheme_id desc) s
				join exchange.peer p on p.id = s.peer_id
				order by s.total desc, s.school_name""")
			.param("year", year)
			.param("period", periodKey)
			.param("prefix", regionPrefix)
			.query((rs, n) -> SchoolScoresUp.school(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getDouble(6), json.readTree(rs.getString(7)), json.readTree(rs.getString(8))))
			.list();
	}

}
