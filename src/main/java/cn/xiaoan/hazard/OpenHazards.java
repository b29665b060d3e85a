package cn.xiaoan.hazard;

import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.SafetyCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazards not yet verified or closed in the caller's scope, as the facts another
 * module may pass on (the first full sync of four-level networking, ADR 0059): the same
 * facts as {@link HazardReported}, with when the hazard was found, how far it has been
 * escalated and its state (status, grade, deadline, escalation, 督办) as
 * {@link HazardStatusChanged} tells it. Titles, descriptions and who found it stay here.
 */
@Service
@Transactional(readOnly = true)
public class OpenHazards {

	/** An open hazard's facts. */
	public record OpenHazard(HazardReported facts, OffsetDateTime foundAt, EscalationLevel escalation,
			HazardStatusChanged state) {
	}

	private final JdbcClient jdbc;

	OpenHazards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The states of up to {@code limit} hazards with an id above {@code afterId}, by id,
	 * that are open now or changed since {@code since} (a transition at or after it):
	 * what a peer synced at {@code since} may hold with a state it no longer has.
	 */
	public List<HazardStatusChanged> changedSince(OffsetDateTime since, long afterId, int limit) {
		DataScope scope = Callers.current().require(Permission.HAZARD_READ).scope();
		if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.REGION) {
			return List.of();
		}
		return jdbc
			.sql(HazardRows.STATE + " where h.id > :after and h.region_code like :prefix || '%' and ("
					+ LedgerQuery.OPEN + " or exists (select 1 from hazard.transition t"
					+ " where t.hazard_id = h.id and t.at >= :since)) order by h.id limit :n")
			.param("after", afterId)
			.param("prefix", scope.sqlRegionPrefix())
			.param("since", since)
			.param("n", Math.max(1, Math.min(limit, 1000)))
			.query((rs, n) -> HazardRows.state(rs))
			.list();
	}

	/** Up to {@code limit} open hazards with an id above {@code afterId}, by id. */
	public List<OpenHazard> after(long afterId, int limit) {
		DataScope scope = Callers.current().require(Permission.HAZARD_READ).scope();
		if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.REGION) {
			return List.of();
		}
		return jdbc
			.sql("""
					select h.id, h.school_id, h.region_code, h.category, h.source, h.suggested_grade, h.found_at,
					       h.escalation_level, h.status, h.grade, h.deadline, h.closed_at, h.version,"""
					+ HazardRows.STATE_SUPERVISION + """

							from hazard.hazard h left join hazard.supervision s on s.hazard_id = h.id
							where h.id > :after and h.region_code like :prefix || '%'""" + " and " + LedgerQuery.OPEN
					+ " order by h.id limit :n")
			.param("after", afterId)
			.param("prefix", scope.sqlRegionPrefix())
			.param("n", Math.max(1, Math.min(limit, 1000)))
			.query((rs, n) -> new OpenHazard(
					new HazardReported(rs.getLong("id"), HazardSummary.number(rs.getLong("id")),
							rs.getLong("school_id"), rs.getString("region_code"),
							SafetyCategory.valueOf(rs.getString("category")),
							HazardSource.valueOf(rs.getString("source")),
							rs.getString("suggested_grade") == null ? null
									: HazardGrade.valueOf(rs.getString("suggested_grade"))),
					rs.getObject("found_at", OffsetDateTime.class),
					EscalationLevel.valueOf(rs.getString("escalation_level")), HazardRows.state(rs)))
			.list();
	}

}
