package cn.xiaoan.exchange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * the open accidents once ({@link #firstSync}, run by {@link FirstSync}).
 */
@Component
class MirroredAccidents implements EnvelopeKinds {

	static final String REPORTED = "accident.reported";

	static final String CLOSED = "accident.closed";

	private final Outbox outbox;

	private final OrgManagement org;

	private final JdbcClient jdbc;

	private final OpenAccidents open;

	MirroredAccidents(Outbox outbox, OrgManagement org, JdbcClient jdbc, OpenAccidents open) {
		this.open = open;
		this.outbox = outbox;
		this.org = org;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccidentReported event) {
		outbox.enqueue(PeerDirection.UP, REPORTED,
				reported(event.accidentId(), event.schoolId(), schoolName(event.schoolId()), event.regionCode(),
						event.kind(), event.severity(), event.occurredAt().atOffset(ZoneOffset.ofHours(8))));
	}

	/**
	 * The first full sync to a peer above: every accident open here, as the live feed
	 * would have sent it. The mirror above keys accidents by peer and id, so one also
	 * sent live or a repeated sync is not doubled.
	 */
	int firstSync(long peer) {
		Map<Long, String> names = new HashMap<>();
		return AsInstallation.call(() -> {
			int sent = 0;
			long after = 0;
			while (true) {
				List<OpenAccidents.OpenAccident> batch = open.after(after, ExchangeFeed.SYNC_BATCH);
				for (OpenAccidents.OpenAccident a : batch) {
					outbox.enqueueTo(peer, REPORTED,
							reported(a.accidentId(), a.schoolId(),
									names.computeIfAbsent(a.schoolId(), this::schoolName), a.regionCode(), a.kind(),
									a.severity(), a.occurredAt().toInstant().atOffset(ZoneOffset.ofHours(8))));
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
			AccidentKind kind, Severity severity, OffsetDateTime occurredAt) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("accidentId", accident);
		body.put("schoolId", school);
		body.put("schoolName", schoolName);
		body.put("regionCode", region);
		body.put("kind", kind.name());
		body.put("severity", severity.name());
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

	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		if (REPORTED.equals(kind)) {
			if (!EnvelopeKinds.within(peer, body)) {
				return false;
			}
			jdbc.sql("""
					insert into exchange.mirrored_accident (peer_id, accident_id, school_id, school_name, region_code,
					  kind, severity, occurred_at)
					values (:p, :a, :s, :name, :region, :kind, :severity, cast(:at as timestamptz))
					on conflict (peer_id, accident_id) do update set school_name = excluded.school_name,
					  kind = excluded.kind, severity = excluded.severity, updated_at = now()""")
				.param("p", peer.id())
				.param("a", body.path("accidentId").asLong())
				.param("s", body.path("schoolId").asLong())
				.param("name", body.path("schoolName").asString(""))
				.param("region", body.path("regionCode").asString(""))
				.param("kind", body.path("kind").asString(""))
				.param("severity", body.path("severity").asString(""))
				.param("at", body.path("occurredAt").asString())
				.update();
		}
		else {
			jdbc.sql("""
					update exchange.mirrored_accident set closed = true, severity = :severity, updated_at = now()
					where peer_id = :p and accident_id = :a""")
				.param("severity", body.path("severity").asString(""))
				.param("p", peer.id())
				.param("a", body.path("accidentId").asLong())
				.update();
		}
		return true;
	}

	/** The newest accidents from below in a region ("" for all). */
	List<MirroredAccident> under(String regionPrefix, int limit) {
		return jdbc.sql("""
				select p.name, a.accident_id, a.school_name, a.region_code, a.kind, a.severity, a.occurred_at, a.closed
				from exchange.mirrored_accident a join exchange.peer p on p.id = a.peer_id
				where a.region_code like :prefix || '%' order by a.occurred_at desc, a.accident_id desc limit :n""")
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
