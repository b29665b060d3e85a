package cn.xiaoan.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.warning.WarningAcknowledged;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Acknowledgements (签收) going back up: a school here acknowledging a warning received
 * from above tells the installation above (school, when, late or not, how many actions
 * taken — not who signed); the installation above keeps them per warning and school's
 * installation. A middle installation passes each on: to the installation the warning
 * came from (ADR 0061), and to its other peers above as {@code
 * warning.acknowledgement.relayed}, naming the warning's installation (ADR 0071), so a
 * province sees its counties' schools acknowledging their city's warnings too.
 */
@Component
class AcknowledgementsFromBelow implements EnvelopeKinds, Forwarded {

	static final String ACKNOWLEDGED = "warning.acknowledged";

	/** An acknowledgement a middle installation forwards from below (ADR 0071). */
	static final String RELAYED = "warning.acknowledgement.relayed";

	/**
	 * The acknowledgements of a table or CTE with the warning as the peers above know it
	 * ({@link #kept}).
	 */
	private static final String KEPT = """
			select a.*,
			       case when a.issuer <> '' then a.issuer else coalesce(p.installation, :self) end issuer_at,
			       case when a.issuer <> '' then a.issuer_name else coalesce(p.name, '') end issuer_name_at,
			       case when a.issuer = '' and r.remote_id is not null then r.remote_id else a.warning_id end warning_at,
			       p.id from_peer
			from %s a
			left join exchange.received_warning r on a.issuer = '' and r.local_id = a.warning_id
			left join exchange.peer p on p.id = r.peer_id""";

	private final Outbox outbox;

	private final WarningsFromAbove received;

	private final OrgManagement org;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Relay relay;

	private final String installation;

	AcknowledgementsFromBelow(Outbox outbox, WarningsFromAbove received, OrgManagement org, JdbcClient jdbc,
			Clock clock, Relay relay, @Value("${xiaoan.exchange.installation:xiaoan}") String installation) {
		this.relay = relay;
		this.installation = installation;
		this.outbox = outbox;
		this.received = received;
		this.org = org;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(WarningAcknowledged event) {
		received.origin(event.warningId()).ifPresent(origin -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("warningId", origin[1]);
			body.put("schoolId", event.schoolId());
			body.put("schoolName", org.findSchool(event.schoolId()).map(SchoolSummary::name).orElse(""));
			body.put("regionCode", event.regionCode());
			body.put("actionsDone", event.actionsDone());
			body.put("late", event.late());
			body.put("acknowledgedAt", OffsetDateTime.now(clock).toString());
			outbox.enqueueTo(origin[0], ACKNOWLEDGED, body);
		});
	}

	@Override
	public Set<String> kinds() {
		return Set.of(ACKNOWLEDGED);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.DOWN;
	}

	/**
	 * Keeps the acknowledgement of one of this installation's warnings, under the
	 * school's installation: the peer's own, or the one a city named when forwarding an
	 * acknowledgement of a warning it passed down from here (ADR 0061). A school is kept
	 * once per warning and installation, whichever route its acknowledgement came by.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		String installation = body.path("installation").asString("");
		if (!EnvelopeKinds.within(peer, body) || !installation.matches("[A-Za-z0-9._-]{0,40}")) {
			return false;
		}
		String region = body.path("regionCode").asString("");
		Origin origin = installation.isEmpty() ? Origin.of(peer)
				: new Origin(installation, Relay.cut(body.path("source").asString(""), 60),
						region.length() >= 6 && RegionCode.isValid(region.substring(0, 6)) ? region.substring(0, 6)
								: peer.regionCode());
		merge(peer.id(), origin, "", "", body).map(this::tellIssuer).ifPresent(relay::forward);
		return true;
	}

	@Override
	public String relayedKind() {
		return RELAYED;
	}

	/**
	 * An acknowledgement a middle installation forwarded: of a warning of this
	 * installation when it names this one as the warning's, otherwise of the installation
	 * it names.
	 */
	@Override
	public Optional<Kept> merge(Peers.Peer via, Origin origin, JsonNode body) {
		String issuer = body.path("issuer").asString("");
		if (!MirroredState.isInstallation(issuer) || body.path("warningId").asLong(0) <= 0) {
			throw new IllegalArgumentException("no warning");
		}
		try {
			OffsetDateTime.parse(body.path("acknowledgedAt").asString(""));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("acknowledgedAt", ex);
		}
		boolean mine = issuer.equals(installation);
		String issuerName = mine ? "" : issuer.equals(via.installation()) ? via.name()
				: Relay.cut(body.path("issuerName").asString(issuer), 60);
		return merge(via.id(), origin, mine ? "" : issuer, issuerName, body).map(this::tellIssuer);
	}

	/**
	 * What changed goes up: to the installation the warning came from by ADR 0061's path
	 * (a release before this one knows it); the record without that peer, to forward to
	 * the other peers above ({@link Relay}).
	 */
	private Kept tellIssuer(Kept kept) {
		Map<String, Object> body = new LinkedHashMap<>(kept.body());
		if (body.remove("from") instanceof Long peer) {
			Map<String, Object> up = new LinkedHashMap<>();
			up.put("warningId", body.get("warningId"));
			for (String field : List.of("schoolId", "schoolName", "regionCode", "actionsDone", "late",
					"acknowledgedAt")) {
				up.put(field, body.get(field));
			}
			up.put("installation", body.get("origin"));
			up.put("source", body.get("originName"));
			outbox.enqueueTo(peer, ACKNOWLEDGED, up);
		}
		return new Kept(kept.kind(), kept.regionCode(), kept.notTo(), body);
	}

	private Optional<Kept> merge(long peer, Origin origin, String issuer, String issuerName, JsonNode body) {
		return jdbc.sql("with m as (" + """
				insert into exchange.mirrored_acknowledgement (peer_id, origin, origin_name, origin_region, issuer,
				  issuer_name, warning_id, school_id, school_name, region_code, actions_done, late, acknowledged_at)
				values (:p, :o, :oName, :oRegion, :issuer, :issuerName, :w, :s, :name, :region, :done, :late,
				  cast(:at as timestamptz))
				on conflict do nothing returning *)""" + KEPT.formatted("m"))
			.param("p", peer)
			.param("o", origin.installation())
			.param("oName", origin.name())
			.param("oRegion", origin.region())
			.param("issuer", issuer)
			.param("issuerName", issuerName)
			.param("w", body.path("warningId").asLong())
			.param("s", body.path("schoolId").asLong())
			.param("name", Relay.cut(body.path("schoolName").asString(""), 100))
			.param("region", body.path("regionCode").asString(""))
			.param("done", body.path("actionsDone").asInt(0))
			.param("late", body.path("late").asBoolean(false))
			.param("at", body.path("acknowledgedAt").asString())
			.param("self", installation)
			.query(this::kept)
			.optional();
	}

	@Override
	public void keptUnder(String regionPrefix, String notAt, Consumer<Kept> each) {
		jdbc.sql(KEPT.formatted("exchange.mirrored_acknowledgement")
				+ " where a.region_code like :prefix || '%' and a.origin <> :notAt order by a.origin, a.warning_id")
			.param("prefix", regionPrefix)
			.param("notAt", notAt)
			.param("self", installation)
			.query(this::kept)
			.list()
			.forEach(k -> {
				Map<String, Object> body = new LinkedHashMap<>(k.body());
				body.remove("from");
				each.accept(new Kept(k.kind(), k.regionCode(), k.notTo(), body));
			});
	}

	/**
	 * An acknowledgement as the peers above see it: of a warning of this installation
	 * that came from above, under that installation and its id there (and, in
	 * {@code from}, the peer to tell by ADR 0061's path); of one issued here, under this
	 * installation; of one issued below, as kept.
	 */
	private Kept kept(ResultSet rs, int n) throws SQLException {
		Map<String, Object> body = new LinkedHashMap<>();
		Origin origin = new Origin(rs.getString("origin"), rs.getString("origin_name"), rs.getString("origin_region"));
		origin.into(body);
		String issuer = rs.getString("issuer_at");
		body.put("issuer", issuer);
		body.put("issuerName", rs.getString("issuer_name_at"));
		body.put("warningId", rs.getLong("warning_at"));
		body.put("schoolId", rs.getLong("school_id"));
		body.put("schoolName", rs.getString("school_name"));
		body.put("regionCode", rs.getString("region_code"));
		body.put("actionsDone", rs.getInt("actions_done"));
		body.put("late", rs.getBoolean("late"));
		body.put("acknowledgedAt",
				rs.getObject("acknowledged_at", OffsetDateTime.class)
					.withOffsetSameInstant(ZoneOffset.ofHours(8))
					.toString());
		long from = rs.getLong("from_peer");
		if (!rs.wasNull()) {
			body.put("from", from);
		}
		return new Kept(RELAYED, rs.getString("region_code"), Set.of(origin.installation(), issuer), body);
	}

	/** The newest acknowledgements from below in a region ("" for all). */
	List<MirroredAcknowledgement> under(String regionPrefix, int limit) {
		return jdbc.sql("""
				select a.origin_name, a.warning_id, a.school_name, a.region_code, a.actions_done, a.late,
				       a.acknowledged_at, a.issuer_name
				from exchange.mirrored_acknowledgement a
				where a.region_code like :prefix || '%'
				order by a.acknowledged_at desc, a.issuer, a.warning_id desc, a.origin, a.school_id limit :n""")
			.param("prefix", regionPrefix)
			.param("n", limit)
			.query((rs, n) -> new MirroredAcknowledgement(rs.getString(1), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getBoolean(6), rs.getObject(7, OffsetDateTime.class),
					rs.getString(8)))
			.list();
	}

}
