package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.hazard.EscalationLevel;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardStatus;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.SafetyCategory;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lower installations' hazards, kept from the envelopes they sent up: reported,
 * escalated, and their state (status, grade, deadline, closing, escalation, 挂牌督办) as it
 * changes below, merged by {@link HazardMirror}'s rule (the newest version wins, the
 * escalation only rises), so states arriving out of order, resent or by two routes change
 * nothing; a state carries the reported facts too, so one arriving before its report
 * still makes the row. Only kinds from a peer below are applied here; codes this release
 * does not know are shown as unknown rather than failing the page.
 */
@Component
class MirroredHazards implements EnvelopeKinds {

	static final String REPORTED = "hazard.reported";

	static final String ESCALATED = "hazard.escalated";

	static final String STATUS = "hazard.status";

	private final JdbcClient jdbc;

	private final HazardMirror mirror;

	private final Relay relay;

	MirroredHazards(JdbcClient jdbc, HazardMirror mirror, Relay relay) {
		this.jdbc = jdbc;
		this.mirror = mirror;
		this.relay = relay;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(REPORTED, ESCALATED, STATUS);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.DOWN;
	}

	/**
	 * Keeps what a peer below sent of its own hazards, under the peer as the installation
	 * they live at ({@link HazardMirror}); what changed the mirror goes on to the peers
	 * above ({@link Relay}). A report or state outside the peer's region, or one the
	 * mirror cannot keep, is parked.
	 */
	@Override
	public boolean apply(Peers.Peer from, String kind, JsonNode body) {
		if (ESCALATED.equals(kind)) {
			mirror.escalate(from.id(), from.installation(), body.path("hazardId").asLong(0), code(body, "level"))
				.map(HazardMirror::kept)
				.ifPresent(relay::forward);
			return true;
		}
		if (!EnvelopeKinds.within(from, body)) {
			return false;
		}
		Optional<MirroredState> state = REPORTED.equals(kind) ? MirroredState.reported(body, from)
				: MirroredState.parse(body, from.installation(), from.name(), from.regionCode(), 0);
		state.flatMap(s -> mirror.merge(from.id(), s, body.path("existingOnly").asBoolean(false)))
			.map(HazardMirror::kept)
			.ifPresent(relay::forward);
		return state.isPresent();
	}

	private static String code(JsonNode body, String field) {
		String code = body.path(field).asString("");
		return code.length() > 20 ? "" : code;
	}

	/** The newest mirrored hazards below a region prefix ("" for all). */
	List<MirroredHazard> under(String regionPrefix, int limit) {
		return jdbc.sql("""
				select h.origin_name, h.hazard_id, h.number, h.school_name, h.region_code, h.category, h.grade,
				       h.reported_at, h.escalation, h.status, least(h.deadline, h.supervision_deadline) deadline,
				       """ + HazardsElsewhere.SUPERVISED
				+ """
						 supervised, h.supervised_level, h.supervision_deadline, h.supervision_accepted_at,
						       h.supervision_acceptance_due, h.supervision_summoned_at
						from exchange.mirrored_hazard h
						where h.region_code like :prefix || '%' order by h.reported_at desc, h.origin, h.hazard_id desc limit :n""")
			.param("prefix", regionPrefix)
			.param("n", limit)
			.query((rs, n) -> new MirroredHazard(rs.getString("origin_name"), rs.getLong("hazard_id"),
					rs.getString("number"), rs.getString("school_name"), rs.getString("region_code"),
					categoryKey(rs.getString("category")), gradeKey(rs.getString("grade")),
					rs.getObject("reported_at", OffsetDateTime.class), escalationKey(rs.getString("escalation")),
					statusKey(rs.getString("status")), rs.getObject("deadline", LocalDate.class),
					rs.getBoolean("supervised"), levelKey(rs.getString("supervised_level")),
					rs.getObject("supervision_deadline", LocalDate.class),
					rs.getObject("supervision_accepted_at", OffsetDateTime.class),
					rs.getObject("supervision_acceptance_due", LocalDate.class),
					local(rs.getObject("supervision_summoned_at", OffsetDateTime.class))))
			.list();
	}

	/**
	 * A time as the installation's clock shows it (Beijing time by default), for the
	 * page.
	 */
	private static OffsetDateTime local(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(java.time.ZoneId.systemDefault()).toOffsetDateTime();
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

	/** The supervising bureau's level (挂牌督办), null when not listed. */
	private static String levelKey(String code) {
		if (code == null) {
			return null;
		}
		try {
			return "exchange.escalation." + RegionCode.Level.valueOf(code).name();
		}
		catch (IllegalArgumentException ex) {
			return "exchange.unknown";
		}
	}

	private static String escalationKey(String code) {
		if (code == null || code.isEmpty() || EscalationLevel.SCHOOL.name().equals(code)) {
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
