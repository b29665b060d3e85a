package cn.xiaoan.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import cn.xiaoan.accident.AccidentClosed;
import cn.xiaoan.accident.AccidentKind;
import cn.xiaoan.accident.AccidentReported;
import cn.xiaoan.accident.OpenAccidents;
import cn.xiaoan.accident.Severity;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Accident reports going up: kind, severity, school, when it happened and whether it is
 * closed. The accident module's events carry no names (victims, reporters, witnesses stay
 * where they are), and nothing else is read here; a peer above added later first receives
 * the open accidents once ({@link #firstSync}, run by {@link FirstSync}). Kept above
 * under the installation they happened at, so one reaching it directly and through a
 * middle installation, which forwards them ({@code accident.relayed}), is kept once;
 * closing is the only change.
 */
@Component
class MirroredAccidents implements EnvelopeKinds, Forwarded {

	static final String REPORTED = "accident.reported";

	static final String CLOSED = "accident.closed";

	/** An accident a middle installation forwards from below (ADR 0071). */
	static final String RELAYED = "accident.relayed";

	private static final String COLUMNS = """
			origin, origin_name, origin_region, accident_id, school_id, school_name, region_code, kind, severity,
			occurred_at, closed""";

	private final Outbox outbox;

	private final OrgManagement org;

	private final JdbcClient jdbc;

	private final OpenAccidents open;

	private final Relay relay;

	MirroredAccidents(Outbox outbox, OrgManagement org, JdbcClient jdbc, OpenAccidents open, Relay relay) {
		this.relay = relay;
		this.open = open;
		this.outbox = outbox;
		this.org = org;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccidentReported event) {
		outbox.enqueue(PeerDirection.UP, REPORTED,
				reported(event.accidentId(), event.schoolId(), schoolName(event.schoolId()), event.regionCode(),
						event.kind().name(), event.severity().name(),
						event.occurredAt().atOffset(ZoneOffset.ofHours(8))));
	}

	/**
	 * The first full sync to a peer above: every accident open here, as the live feed
	 * would have sent it. The mirror above keys accidents by installation and id, so one
	 * also sent live or a repeated sync is not doubled.
	 */
	int firstSync(long peer) {
		Map<Long, String> names = new HashMap<>();
		return AsInstallation.call(() -> {
			int sent = 0;
			long after = 0;
			while (true) {
				List<OpenAccidents.OpenAccident> batch = open.after(after, ExchangeFeed.SYNC_BATCH);
				for (OpenAccidents.OpenAccident a : batch) {
					outbox.enqueueTo(peer, REPORTED, reported(a.accidentId(), a.schoolId(),
							names.computeIfAbsent(a.schoolId(), this::schoolName), a.regionCode(), a.kind().name(),
							a.severity().name(), a.occurredAt().toInstant().atOffset(ZoneOffset.ofHours(8))));
					after = a.accidentId();
					sent++;
				}
				if (batch.size() < ExchangeFeed.SYNC_BATCH) {
					return sent;
				}
			}
		});
	}

	private String schoolName(long school) {
		return org.findSchool(school).map(SchoolSummary::name).orElse("");
	}

	private static Map<String, Object> reported(long accident, long school, String schoolName, String region,
			String kind, String severity, OffsetDateTime occurredAt) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("accidentId", accident);
		body.put("schoolId", school);
		body.put("schoolName", schoolName);
		body.put("regionCode", region);
		body.put("kind", kind);
		body.put("severity", severity);
		body.put("occurredAt", occurredAt.toString());
		return body;
	}

	@ApplicationModuleListener
	void on(AccidentClosed event) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("accidentId", event.accidentId());
		body.put("severity", event.severity().name());
		outbox.enqueue(PeerDirection.UP, CLOSED, body);
	}

	@Override
	public Set<String> kinds() {
		return Set.of(REPORTED, CLOSED);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.DOWN;
	}

	/**
	 * Keeps a peer's own accident under it, or closes it; what changed goes on to the
	 * peers above ({@link Relay}). A report outside the peer's region is parked.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		if (REPORTED.equals(kind)) {
			if (!EnvelopeKinds.within(peer, body)) {
				return false;
			}
			merge(peer.id(), Forwarded.Origin.of(peer), body, false).ifPresent(relay::forward);
		}
		else {
			jdbc.sql("update exchange.mirrored_accident set closed = true, severity = :severity, peer_id = :p,"
					+ " updated_at = now() where origin = :o and accident_id = :a and not closed returning " + COLUMNS)
				.param("severity", Relay.cut(body.path("severity").asString(""), 20))
				.param("p", peer.id())
				.param("o", peer.installation())
				.param("a", body.path("accidentId").asLong())
				.query(MirroredAccidents::kept)
				.optional()
				.ifPresent(relay::forward);
		}
		return true;
	}

	@Override
	public String relayedKind() {
		return RELAYED;
	}

	/**
	 * An accident a middle installation forwarded: made, or closed when it says so; a
	 * replay, or an open one after its closing, changes nothing.
	 */
	@Override
	public Optional<Kept> merge(Peers.Peer via, Origin origin, JsonNode body) {
		if (body.path("accidentId").asLong(0) <= 0) {
			throw new IllegalArgumentException("no accident");
		}
		try {
			OffsetDateTime.parse(body.path("occurredAt").asString(""));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("occurredAt", ex);
		}
		return merge(via.id(), origin, body, body.path("closed").asBoolean(false));
	}

	private Optional<Kept> merge(long peer, Origin origin, JsonNode body, boolean closed) {
		return jdbc.sql("""
				insert into exchange.mirrored_accident as m (peer_id, origin, origin_name, origin_region, accident_id,
				  school_id, school_name, region_code, kind, severity, occurred_at, closed)
				values (:p, :o, :oName, :oRegion, :a, :s, :name, :region, :kind, :severity, cast(:at as timestamptz),
				  :closed)
				on conflict (origin, accident_id) do update set closed = true, severity = excluded.severity,
				  peer_id = excluded.peer_id, updated_at = now()
				where excluded.closed and not m.closed
				returning\s""" + COLUMNS)
			.param("p", peer)
			.param("o", origin.installation())
			.param("oName", origin.name())
			.param("oRegion", origin.region())
			.param("a", body.path("accidentId").asLong())
			.param("s", body.path("schoolId").asLong())
			.param("name", Relay.cut(body.path("schoolName").asString(""), 100))
			.param("region", body.path("regionCode").asString(""))
			.param("kind", Relay.cut(body.path("kind").asString(""), 30))
			.param("severity", Relay.cut(body.path("severity").asString(""), 20))
			.param("at", body.path("occurredAt").asString())
			.param("closed", closed)
			.query(MirroredAccidents::kept)
			.optional();
	}

	@Override
	public void keptUnder(String regionPrefix, String notAt, Consumer<Kept> each) {
		KeptRows.under(jdbc, COLUMNS, "exchange.mirrored_accident", "origin, accident_id", regionPrefix, notAt,
				MirroredAccidents::kept, each);
	}

	private static Kept kept(ResultSet rs, int n) throws SQLException {
		Map<String, Object> body = KeptRows.body(rs);
		body.putAll(reported(rs.getLong("accident_id"), rs.getLong("school_id"), rs.getString("school_name"),
				rs.getString("region_code"), rs.getString("kind"), rs.getString("severity"),
				rs.getObject("occurred_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.ofHours(8))));
		body.put("closed", rs.getBoolean("closed"));
		return KeptRows.kept(RELAYED, rs, body);
	}

	/** The newest accidents from below in a region ("" for all). */
	List<MirroredAccident> under(String regionPrefix, int limit) {
		return jdbc.sql("""
				select a.origin_name, a.accident_id, a.school_name, a.region_code, a.kind, a.severity, a.occurred_at,
				       a.closed
				from exchange.mirrored_accident a
				where a.region_code like :prefix || '%' order by a.occurred_at desc, a.origin, a.accident_id desc
				limit :n""")
			.param("prefix", regionPrefix)
			.param("n", limit)
			.query((rs, n) -> new MirroredAccident(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					key(AccidentKind.class, rs.getString(5), "accident.kind."),
					key(Severity.class, rs.getString(6), "accident.severity."), rs.getObject(7, OffsetDateTime.class),
					rs.getBoolean(8)))
			.list();
	}

	/** The message key of a code this release knows, or "unknown". */
	private static <E extends Enum<E>> String key(Class<E> type, String code, String prefix) {
		try {
			return prefix + Enum.valueOf(type, code).name();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return "exchange.unknown";
		}
	}

}
