package cn.xiaoan.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import cn.xiaoan.hazard.EscalationLevel;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardStatus;
import cn.xiaoan.shared.SafetyCategory;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lower installations' hazards, kept from the envelopes they sent up: reported,
 * escalated, and their state (status, grade, deadline, closing) as it changes below. A
 * state carries the hazard's version there and is applied only when newer than the one
 * kept, so states arriving out of order or resent change nothing; it carries the reported
 * facts too, so a state arriving before its report still makes the row. Only kinds from a
 * peer below are applied here; codes this release does not know are shown as unknown
 * rather than failing the page.
 */
@Component
class MirroredHazards implements EnvelopeKinds {

	static final String REPORTED = "hazard.reported";

	static final String ESCALATED = "hazard.escalated";

	static final String STATUS = "hazard.status";

	private final JdbcClient jdbc;

	MirroredHazards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(REPORTED, ESCALATED, STATUS);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.DOWN;
	}

	@Override
	public boolean apply(Peers.Peer from, String kind, JsonNode body) {
		long peer = from.id();
		if (REPORTED.equals(kind)) {
			if (!EnvelopeKinds.within(from, body)) {
				return false;
			}
			jdbc.sql("""
					insert into exchange.mirrored_hazard as m (peer_id, hazard_id, number, school_id, school_name,
					  region_code, category, grade, reported_at)
					values (:p, :h, :number, :school, :schoolName, :region, :category, :grade, cast(:at as timestamptz))
					on conflict (peer_id, hazard_id) do update set number = excluded.number,
					  school_name = excluded.school_name, region_code = excluded.region_code,
					  category = excluded.category, updated_at = now(),
					  grade = case when m.status_version < 0 then excluded.grade else m.grade end""")
				.param("p", peer)
				.param("h", body.path("hazardId").asLong())
				.param("number", body.path("number").asString(""))
				.param("school", body.path("schoolId").asLong())
				.param("schoolName", body.path("schoolName").asString(""))
				.param("region", body.path("regionCode").asString(""))
				.param("category", body.path("category").asString(""))
				.param("grade", body.path("grade").isNull() ? null : body.path("grade").asString(null))
				.param("at", body.path("reportedAt").asString())
				.update();
		}
		else if (STATUS.equals(kind)) {
			return EnvelopeKinds.within(from, body) && HazardStates.apply(jdbc, peer, body);
		}
		else if (ESCALATED.equals(kind)) {
			jdbc.sql("""
					update exchange.mirrored_hazard set escalation = :level, updated_at = now()
					where peer_id = :p and hazard_id = :h""")
				.param("level", body.path("level").asString(""))
				.param("p", peer)
				.param("h", body.path("hazardId").asLong())
				.update();
		}
		return true;
	}

	/** The newest mirrored hazards below a region prefix ("" for all). */
	List<MirroredHazard> under(String regionPrefix, int limit) {
		return jdbc.sql("""
				select p.name peer_name, h.hazard_id, h.number, h.school_name, h.region_code, h.category, h.grade,
				       h.reported_at, h.escalation, h.status, h.deadline
				from exchange.mirrored_hazard h join exchange.peer p on p.id = h.peer_id
				where h.region_code like :prefix || '%' order by h.reported_at desc, h.hazard_id desc limit :n""")
			.param("prefix", regionPrefix)
			.param("n", limit)
			.query((rs, n) -> new MirroredHazard(rs.getString("peer_name"), rs.getLong("hazard_id"),
					rs.getString("number"), rs.getString("school_name"), rs.getString("region_code"),
					categoryKey(rs.getString("category")), gradeKey(rs.getString("grade")),
					rs.getObject("reported_at", OffsetDateTime.class), escalationKey(rs.getString("escalation")),
					statusKey(rs.getString("status")), rs.getObject("deadline", java.time.LocalDate.class)))
			.list();
	}

	private static String categoryKey(String code) {
		try {
			return SafetyCategory.valueOf(code).messageKey();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return "exchange.unknown";
		}
	}

	private static String statusKey(String code) {
		try {
			return HazardStatus.valueOf(code).messageKey();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return "exchange.unknown";
		}
	}

	private static String gradeKey(String code) {
		if (code == null) {
			return "exchange.ungraded";
		}
		try {
			return HazardGrade.valueOf(code).messageKey();
		}
		catch (IllegalArgumentException ex) {
			return "exchange.unknown";
		}
	}

	private static String escalationKey(String code) {
		if (code == null || code.isEmpty()) {
			return null;
		}
		try {
			return "exchange.escalation." + EscalationLevel.valueOf(code).name();
		}
		catch (IllegalArgumentException ex) {
			return "exchange.unknown";
		}
	}

}
