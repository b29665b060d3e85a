package cn.xiaoan.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import cn.xiaoan.assessment.InterviewStatus;
import cn.xiaoan.assessment.InterviewsElsewhere;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lower installations' 约谈 and rectification orders (ADR 0077), kept read-only under
 * the installation they were opened at ({@code origin}), so one reaching here directly
 * and through a middle installation is kept once, and shown on assessment's 约谈 page
 * through its extension point. A state is kept only when its version is newer than the
 * one kept: an older state arriving late, or one resent, changes nothing (and so is not
 * forwarded). A middle installation forwards what it keeps ({@link Relay}).
 */
@Component
class MirroredInterviews implements EnvelopeKinds, Forwarded, InterviewsElsewhere {

	/** A 约谈 a middle installation forwards from below. */
	static final String RELAYED = "assessment.interview.relayed";

	private static final String COLUMNS = """
			origin, origin_name, origin_region, interview_id, scheme_name, period_key, school_id, school_name,
			region_code, opened_by_region, deadline, status, opened_at, replied_at, closed_at, version""";

	private final JdbcClient jdbc;

	private final Relay relay;

	MirroredInterviews(JdbcClient jdbc, Relay relay) {
		this.jdbc = jdbc;
		this.relay = relay;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(InterviewsUp.KIND);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.DOWN;
	}

	/**
	 * Keeps a peer's own 约谈 when newer than the one kept; what changed goes on to the
	 * peers above. One outside the peer's region, or with a status or date this release
	 * cannot read, is parked.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		if (!EnvelopeKinds.within(peer, body)) {
			return false;
		}
		try {
			merge(peer.id(), Forwarded.Origin.of(peer), body).ifPresent(relay::forward);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public String relayedKind() {
		return RELAYED;
	}

	@Override
	public Optional<Kept> merge(Peers.Peer via, Origin origin, JsonNode body) {
		return merge(via.id(), origin, body);
	}

	private Optional<Kept> merge(long peer, Origin origin, JsonNode body) {
		if (body.path("interviewId").asLong(0) <= 0 || body.path("version").asInt(-1) < 0) {
			throw new IllegalArgumentException("no interview");
		}
		InterviewStatus.valueOf(body.path("status").asString(""));
		if (!RegionCode.isValid(body.path("regionCode").asString(""))) {
			throw new IllegalArgumentException("regionCode");
		}
		try {
			LocalDate.parse(body.path("deadline").asString(""));
			OffsetDateTime.parse(body.path("openedAt").asString(""));
			instant(body, "repliedAt");
			instant(body, "closedAt");
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("date", ex);
		}
		return jdbc.sql("""
				insert into exchange.mirrored_interview as m (peer_id, origin, origin_name, origin_region, interview_id,
				  scheme_name, period_key, school_id, school_name, region_code, opened_by_region, deadline, status,
				  opened_at, replied_at, closed_at, version)
				values (:p, :o, :oName, :oRegion, :id, :scheme, :period, :school, :name, :region, :by,
				  cast(:deadline as date), :status, cast(:openedAt as timestamptz), cast(:repliedAt as timestamptz),
				  cast(:closedAt as timestamptz), :version)
				on conflict (origin, interview_id) do update set peer_id = excluded.peer_id,
				  origin_name = excluded.origin_name, scheme_name = excluded.scheme_name,
				  period_key = excluded.period_key, school_id = excluded.school_id, school_name = excluded.school_name,
				  region_code = excluded.region_code, opened_by_region = excluded.opened_by_region,
				  deadline = excluded.deadline, status = excluded.status, opened_at = excluded.opened_at,
				  replied_at = excluded.replied_at, closed_at = excluded.closed_at, version = excluded.version,
				  updated_at = now()
				where m.version < excluded.version
				returning\s""" + COLUMNS)
			.param("p", peer)
			.param("o", origin.installation())
			.param("oName", origin.name())
			.param("oRegion", origin.region())
			.param("id", body.path("interviewId").asLong())
			.param("scheme", Relay.cut(body.path("schemeName").asString(""), 200))
			.param("period", Relay.cut(body.path("periodKey").asString(""), 12))
			.param("school", body.path("schoolId").asLong())
			.param("name", Relay.cut(body.path("schoolName").asString(""), 200))
			.param("region", body.path("regionCode").asString(""))
			.param("by", Relay.cut(body.path("openedByRegion").asString(""), 12))
			.param("deadline", body.path("deadline").asString())
			.param("status", body.path("status").asString())
			.param("openedAt", body.path("openedAt").asString())
			.param("repliedAt", MirroredState.text(body, "repliedAt"))
			.param("closedAt", MirroredState.text(body, "closedAt"))
			.param("version", body.path("version").asInt())
			.query(MirroredInterviews::kept)
			.optional();
	}

	private static void instant(JsonNode body, String field) {
		String at = MirroredState.text(body, field);
		if (at != null) {
			OffsetDateTime.parse(at);
		}
	}

	@Override
	public void keptUnder(String regionPrefix, String notAt, Consumer<Kept> each) {
		KeptRows.under(jdbc, COLUMNS, "exchange.mirrored_interview", "origin, interview_id", regionPrefix, notAt,
				MirroredInterviews::kept, each);
	}

	/** A 约谈 as kept, to forward: as its installation sent it, with its version there. */
	private static Kept kept(ResultSet rs, int n) throws SQLException {
		Map<String, Object> body = KeptRows.body(rs);
		body.put("interviewId", rs.getLong("interview_id"));
		body.put("schemeName", rs.getString("scheme_name"));
		body.put("periodKey", rs.getString("period_key"));
		body.put("schoolId", rs.getLong("school_id"));
		body.put("schoolName", rs.getString("school_name"));
		body.put("regionCode", rs.getString("region_code"));
		body.put("openedByRegion", rs.getString("opened_by_region"));
		body.put("deadline", rs.getObject("deadline", LocalDate.class).toString());
		body.put("status", rs.getString("status"));
		body.put("openedAt", rs.getObject("opened_at", OffsetDateTime.class).toString());
		OffsetDateTime replied = rs.getObject("replied_at", OffsetDateTime.class);
		OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
		body.put("repliedAt", replied == null ? null : replied.toString());
		body.put("closedAt", closed == null ? null : closed.toString());
		body.put("version", rs.getInt("version"));
		return KeptRows.kept(RELAYED, rs, body);
	}

	/**
	 * The 约谈 below a region the caller's scope covers (a bureau's, or the whole
	 * installation's), open ones first, soonest deadline first.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Interview> under(String regionPrefix) {
		DataScope scope = Callers.current().scope();
		if (scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL
				|| !scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
		return jdbc
			.sql("""
					select origin_name, interview_id, scheme_name, period_key, school_id, school_name, region_code, deadline,
					       status, opened_at, replied_at, closed_at
					from exchange.mirrored_interview where region_code like :prefix || '%'
					order by status = 'ACCEPTED', deadline, origin, interview_id""")
			.param("prefix", regionPrefix)
			.query((rs, n) -> new Interview(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
					InterviewStatus.valueOf(rs.getString(9)), beijing(rs.getObject(10, OffsetDateTime.class)),
					beijing(rs.getObject(11, OffsetDateTime.class)), beijing(rs.getObject(12, OffsetDateTime.class))))
			.list();
	}

	/** Shown as a Beijing day, as this platform's 约谈 are. */
	private static OffsetDateTime beijing(OffsetDateTime at) {
		return at == null ? null : at.withOffsetSameInstant(ZoneOffset.ofHours(8));
	}

}
