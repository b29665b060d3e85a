package cn.xiaoan.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import cn.xiaoan.hazard.EscalationLevel;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mirror of the lower installations' hazards, one row per hazard wherever it came
 * from: keyed by the installation it lives at and its id there, so a hazard reaching this
 * installation directly and through a middle one is kept once. Every envelope carrying a
 * hazard is merged by one rule, so they may arrive in any order, twice, or by two routes:
 * <ul>
 * <li>the report's facts are written when the row is made and not changed after;</li>
 * <li>the state (status, grade, deadline, closing, 督办) is taken only from a higher
 * version than the one kept — the hazard's own counter where it lives;</li>
 * <li>the escalation only rises (it only rises there), whichever envelope tells it.</li>
 * </ul>
 * A merge answers the row when it changed it (made, newer, or raised), which is what a
 * middle installation forwards ({@code hazard.relayed}, {@link Relay}); a replay, an
 * older state or the same hazard by another route changes nothing and is forwarded no
 * further.
 */
@Component
class HazardMirror implements Forwarded {

	static final String RELAYED = "hazard.relayed";

	/** Mirrored hazards read per query of the catch-up. */
	static final int BATCH = 500;

	/** An escalation level's rank (0 for none or one this release does not know). */
	private static final String LEVELS = Arrays.stream(EscalationLevel.values())
		.map(l -> "'" + l.name() + "'")
		.collect(Collectors.joining(", ", "cast(array[", "] as varchar[])"));

	private static String rank(String column) {
		return "coalesce(array_position(" + LEVELS + ", " + column + "), 0)";
	}

	private static final String NEWER = "m.status_version < excluded.status_version";

	/**
	 * The same version resent with when it was done, to a row kept from a release that
	 * did not send it (ADR 0075): fills it in, once.
	 */
	private static final String FILLS_DONE = "(m.status_version = excluded.status_version and m.done_at is null"
			+ " and excluded.done_at is not null)";

	private static final String RAISED = rank("excluded.escalation") + " > " + rank("m.escalation");

	private static final String COLUMNS = """
			origin, hazard_id, origin_name, origin_region, number, school_id, school_name, region_code, category,
			grade, reported_at, status, deadline, closed_at, status_version, escalation, supervised_level,
			supervising_region, supervision_notice, supervision_deadline, supervision_accepted_at,
			supervision_acceptance_due, supervision_summoned_at, done_at""";

	private static final String MERGE = "insert into exchange.mirrored_hazard as m (peer_id, " + COLUMNS + """
			)
			select cast(:peer as bigint), cast(:origin as varchar), cast(:h as bigint), cast(:originName as varchar),
			       cast(:originRegion as varchar), cast(:number as varchar), cast(:school as bigint),
			       cast(:schoolName as varchar), cast(:region as varchar), cast(:category as varchar),
			       cast(:grade as varchar), cast(:found as timestamptz), cast(:status as varchar),
			       cast(:deadline as date), cast(:closed as timestamptz), cast(:version as bigint),
			       cast(:escalation as varchar), cast(:level as varchar), cast(:bureau as varchar),
			       cast(:notice as varchar), cast(:sdeadline as date), cast(:accepted as timestamptz),
			       cast(:due as date), cast(:summoned as timestamptz), cast(:done as timestamptz)
			where not cast(:existingOnly as boolean) or exists (select 1 from exchange.mirrored_hazard x
			      where x.origin = cast(:origin as varchar) and x.hazard_id = cast(:h as bigint))
			on conflict (origin, hazard_id) do update set peer_id = excluded.peer_id,
			  origin_name = excluded.origin_name, origin_region = excluded.origin_region, updated_at = now(),
			""" + newer("status") + ", grade = case when " + NEWER
			+ " then coalesce(excluded.grade, m.grade) else m.grade end, " + newer("deadline") + ", "
			+ newer("closed_at") + ", " + supervision("supervised_level") + ", " + supervision("supervising_region")
			+ ", " + supervision("supervision_notice") + ", " + supervision("supervision_deadline") + ", "
			+ supervision("supervision_accepted_at") + ", " + supervision("supervision_acceptance_due") + ", "
			+ supervision("supervision_summoned_at") + ", done_at = case when " + NEWER + " or " + FILLS_DONE
			+ " then excluded.done_at else m.done_at end"
			+ ", status_version = greatest(m.status_version, excluded.status_version), escalation = case when " + RAISED
			+ " then excluded.escalation else m.escalation end where " + NEWER + " or " + RAISED + " or " + FILLS_DONE
			+ " returning " + COLUMNS;

	private static String newer(String column) {
		return column + " = case when " + NEWER + " then excluded." + column + " else m." + column + " end";
	}

	private static String supervision(String column) {
		return column + " = case when " + NEWER + " and cast(:known as boolean) then excluded." + column + " else m."
				+ column + " end";
	}

	private final JdbcClient jdbc;

	HazardMirror(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Merges a hazard that came through {@code peer}; answers the row when this changed
	 * it. {@code existingOnly}: update a hazard kept here, never add one.
	 */
	Optional<MirroredState> merge(long peer, MirroredState s, boolean existingOnly) {
		MirroredState.Supervision listed = s.supervision();
		return jdbc.sql(MERGE)
			.param("peer", peer)
			.param("origin", s.origin())
			.param("h", s.hazardId())
			.param("originName", s.originName())
			.param("originRegion", s.originRegion())
			.param("number", s.number())
			.param("school", s.schoolId())
			.param("schoolName", s.schoolName())
			.param("region", s.regionCode())
			.param("category", s.category())
			.param("grade", s.grade())
			.param("found", s.foundAt())
			.param("status", s.status())
			.param("deadline", s.deadline())
			.param("closed", s.closedAt())
			.param("version", s.version())
			.param("escalation", s.escalation())
			.param("level", listed == null ? null : listed.level())
			.param("bureau", listed == null ? null : listed.bureauRegion())
			.param("notice", listed == null ? null : listed.noticeNo())
			.param("sdeadline", listed == null ? null : listed.deadline())
			.param("accepted", listed == null ? null : listed.acceptedAt())
			.param("due", listed == null ? null : listed.acceptanceDue())
			.param("summoned", listed == null ? null : listed.summonedAt())
			.param("known", s.supervisionKnown())
			.param("done", s.doneAt())
			.param("existingOnly", existingOnly)
			.query(HazardMirror::row)
			.optional();
	}

	@Override
	public String relayedKind() {
		return RELAYED;
	}

	/** A hazard forwarded from below: merged under the installation it lives at. */
	@Override
	public Optional<Kept> merge(Peers.Peer via, Origin origin, JsonNode body) {
		MirroredState state = MirroredState
			.parse(body, origin.installation(), origin.name(), origin.region(), MirroredState.REPORT_ONLY)
			.orElseThrow(() -> new IllegalArgumentException("not a hazard"));
		return merge(via.id(), state, false).map(HazardMirror::kept);
	}

	@Override
	public void keptUnder(String regionPrefix, String notAt, Consumer<Kept> each) {
		String afterOrigin = "";
		long afterId = Long.MIN_VALUE;
		while (true) {
			List<MirroredState> batch = page(regionPrefix, notAt, afterOrigin, afterId, BATCH);
			for (MirroredState kept : batch) {
				each.accept(kept(kept));
				afterOrigin = kept.origin();
				afterId = kept.hazardId();
			}
			if (batch.size() < BATCH) {
				return;
			}
		}
	}

	/** A hazard as kept here, to forward. */
	static Kept kept(MirroredState state) {
		return new Kept(RELAYED, state.regionCode(), Set.of(state.origin()), state.body(true));
	}

	/**
	 * The level a hazard kept here was escalated to, as a release before escalation
	 * travelled in the state tells it: kept only when higher.
	 */
	Optional<MirroredState> escalate(long peer, String origin, long hazard, String level) {
		return jdbc
			.sql("update exchange.mirrored_hazard m set escalation = :level, peer_id = :peer, updated_at = now()"
					+ " where origin = :origin and hazard_id = :h and " + rank("cast(:level as varchar)") + " > "
					+ rank("m.escalation") + " returning " + COLUMNS)
			.param("level", level)
			.param("peer", peer)
			.param("origin", origin)
			.param("h", hazard)
			.query(HazardMirror::row)
			.optional();
	}

	/**
	 * Up to {@code limit} hazards kept here below {@code regionPrefix} that do not live
	 * at {@code notAt}, after ({@code afterOrigin}, {@code afterId}) in key order.
	 */
	List<MirroredState> page(String regionPrefix, String notAt, String afterOrigin, long afterId, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from exchange.mirrored_hazard
				where region_code like :prefix || '%' and origin <> :notAt and (origin, hazard_id) > (:o, :h)
				order by origin, hazard_id limit :n""")
			.param("prefix", regionPrefix)
			.param("notAt", notAt)
			.param("o", afterOrigin)
			.param("h", afterId)
			.param("n", limit)
			.query(HazardMirror::row)
			.list();
	}

	private static MirroredState row(ResultSet rs, int n) throws SQLException {
		String level = rs.getString("supervised_level");
		return new MirroredState(rs.getString("origin"), rs.getString("origin_name"), rs.getString("origin_region"),
				rs.getLong("hazard_id"), rs.getString("number"), rs.getLong("school_id"), rs.getString("school_name"),
				rs.getString("region_code"), rs.getString("category"), rs.getString("grade"),
				rs.getObject("reported_at", OffsetDateTime.class), rs.getString("status"),
				rs.getObject("deadline", LocalDate.class), rs.getObject("closed_at", OffsetDateTime.class),
				rs.getLong("status_version"), rs.getString("escalation"), true,
				level == null ? null : new MirroredState.Supervision(level, rs.getString("supervising_region"),
						rs.getString("supervision_notice"), rs.getObject("supervision_deadline", LocalDate.class),
						rs.getObject("supervision_accepted_at", OffsetDateTime.class),
						rs.getObject("supervision_acceptance_due", LocalDate.class),
						rs.getObject("supervision_summoned_at", OffsetDateTime.class)),
				rs.getObject("done_at", OffsetDateTime.class));
	}

}
