package cn.xiaoan.exchange;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.warning.WarningAcknowledged;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Acknowledgements (签收) going back up: a school here acknowledging a warning received
 * from above tells the installation above (school, when, late or not, how many actions
 * taken — not who signed); the installation above keeps them per warning of its own.
 */
@Component
class AcknowledgementsFromBelow implements EnvelopeKinds {

	static final String ACKNOWLEDGED = "warning.acknowledged";

	private final Outbox outbox;

	private final WarningsFromAbove received;

	private final OrgManagement org;

	private final JdbcClient jdbc;

	private final Clock clock;

	AcknowledgementsFromBelow(Outbox outbox, WarningsFromAbove received, OrgManagement org, JdbcClient jdbc,
			Clock clock) {
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
	 * Keeps the acknowledgement of one of this installation's warnings; when that warning
	 * came from further up (a province's, through this city), forwards it to the peer it
	 * came from with the school's installation, so the province counts the county's
	 * schools too. A school is kept once per warning and installation.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		String installation = body.path("installation").asString("");
		if (!EnvelopeKinds.within(peer, body) || !installation.matches("[A-Za-z0-9._-]{0,40}")) {
			return false;
		}
		boolean forwarded = !installation.isEmpty();
		String sourceName = forwarded ? WarningsFromAbove.cut(body.path("source").asString(""), 60) : "";
		long warning = body.path("warningId").asLong();
		int kept = jdbc.sql("""
				insert into exchange.mirrored_acknowledgement (peer_id, warning_id, school_id, school_name, region_code,
				  actions_done, late, acknowledged_at, source, source_name)
				values (:p, :w, :s, :name, :region, :done, :late, cast(:at as timestamptz), :source, :sourceName)
				on conflict do nothing""")
			.param("p", peer.id())
			.param("w", warning)
			.param("s", body.path("schoolId").asLong())
			.param("name", body.path("schoolName").asString(""))
			.param("region", body.path("regionCode").asString(""))
			.param("done", body.path("actionsDone").asInt(0))
			.param("late", body.path("late").asBoolean(false))
			.param("at", body.path("acknowledgedAt").asString())
			.param("source", installation)
			.param("sourceName", sourceName)
			.update();
		if (kept > 0) {
			received.origin(warning).ifPresent(origin -> {
				Map<String, Object> up = new LinkedHashMap<>();
				body.properties().forEach(e -> up.put(e.getKey(), e.getValue()));
				up.put("warningId", origin[1]);
				up.put("installation", forwarded ? installation : peer.installation());
				up.put("source", forwarded ? sourceName : peer.name());
				outbox.enqueueTo(origin[0], ACKNOWLEDGED, up);
			});
		}
		return true;
	}

	/** The newest acknowledgements from below in a region ("" for all). */
	List<MirroredAcknowledgement> under(String regionPrefix, int limit) {
		return jdbc
			.sql("""
					select case when a.source_name <> '' then a.source_name else p.name end, a.warning_id, a.school_name, a.region_code, a.actions_done, a.late, a.acknowledged_at
					from exchange.mirrored_acknowledgement a join exchange.peer p on p.id = a.peer_id
					where a.region_code like :prefix || '%'
					order by a.acknowledged_at desc, a.warning_id desc, a.school_id limit :n""")
			.param("prefix", regionPrefix)
			.param("n", limit)
			.query((rs, n) -> new MirroredAcknowledgement(rs.getString(1), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getBoolean(6), rs.getObject(7, OffsetDateTime.class)))
			.list();
	}

}
