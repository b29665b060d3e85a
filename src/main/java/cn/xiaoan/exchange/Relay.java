package cn.xiaoan.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A middle installation (a city between its counties and the province) forwards what it
 * keeps from below — hazards, accident reports, acknowledgements, bullying counts, school
 * scores ({@link Forwarded}) — to its own peers above, so the province sees a county's
 * records without being the county's peer. The rule, which keeps a network without loops
 * or doubles (ADR 0068, 0071):
 * <ul>
 * <li>a record is known everywhere by the installation it comes from, whichever way it
 * came;</li>
 * <li>what is forwarded is the record as kept after a change here — never an envelope as
 * it arrived, and nothing when the envelope changed nothing (a replay, an older version,
 * the same record by a second route), so a repeat stops at the first installation that
 * has it;</li>
 * <li>it goes to each peer above whose region holds the record's school, never to the
 * installation it comes from, and a record said to come from here is parked (a link
 * configured in a circle ends there);</li>
 * <li>it carries its version where it comes from, so each level keeps the newest whatever
 * the order and route.</li>
 * </ul>
 * A peer above linked after records were kept receives them all once ({@link #catchUp}).
 */
@Component
class Relay implements EnvelopeKinds {

	private final ObjectProvider<Forwarded> forwarded;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final String installation;

	/** The forwarded kinds by envelope kind, read once all of them exist. */
	private volatile Map<String, Forwarded> byKind;

	Relay(ObjectProvider<Forwarded> forwarded, Outbox outbox, JdbcClient jdbc,
			@Value("${xiaoan.exchange.installation:xiaoan}") String installation) {
		this.forwarded = forwarded;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.installation = installation;
	}

	/** A peer above: its id, the installation it is and the region it serves. */
	private record Above(long id, String installation, String prefix) {
	}

	@Override
	public Set<String> kinds() {
		return byKind().keySet();
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.DOWN;
	}

	/**
	 * A record a peer below forwards from an installation below it: kept under the
	 * installation it comes from when it lies in the peer's region and does not claim to
	 * come from here; forwarded further up when it changed what is kept.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		String origin = MirroredState.text(body, "origin");
		String region = MirroredState.text(body, "originRegion");
		if (!MirroredState.isInstallation(origin) || origin.equals(installation) || !EnvelopeKinds.within(peer, body)
				|| !RegionCode.isValid(region) || !RegionCode.isValid(MirroredState.text(body, "regionCode"))) {
			return false;
		}
		String name = MirroredState.text(body, "originName");
		try {
			byKind().get(kind)
				.merge(peer, new Forwarded.Origin(origin, cut(name == null ? origin : name, 60), region), body)
				.ifPresent(this::forward);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Forwards a record as now kept here to each peer above that may hold it. */
	void forward(Forwarded.Kept kept) {
		for (Above peer : above()) {
			if (takes(peer, kept)) {
				outbox.enqueueTo(peer.id(), kept.kind(), kept.body());
			}
		}
	}

	/**
	 * Queues, once, every record kept here from below for a peer above: those kept before
	 * it was linked. Answers how many.
	 */
	int catchUp(long peerId) {
		List<Above> peers = jdbc.sql("""
				select id, installation, region_code from exchange.peer
				where id = :id and direction = 'UP' and relayed_at is null for update skip locked""")
			.param("id", peerId)
			.query((rs, n) -> new Above(rs.getLong(1), rs.getString(2), prefix(rs.getString(3))))
			.list();
		if (peers.isEmpty()) {
			return 0;
		}
		Above peer = peers.get(0);
		int[] sent = { 0 };
		for (Forwarded kind : byKind().values()) {
			kind.keptUnder(peer.prefix(), peer.installation(), kept -> {
				if (takes(peer, kept)) {
					outbox.enqueueTo(peer.id(), kept.kind(), kept.body());
					sent[0]++;
				}
			});
		}
		jdbc.sql("update exchange.peer set relayed_at = now() where id = :id").param("id", peerId).update();
		return sent[0];
	}

	/** The peers above linked and synced that have not had what is kept here yet. */
	List<Long> waiting() {
		return jdbc.sql("""
				select id from exchange.peer where direction = 'UP' and synced_at is not null and relayed_at is null
				order by id""").query(Long.class).list();
	}

	private static boolean takes(Above peer, Forwarded.Kept kept) {
		return !kept.notTo().contains(peer.installation()) && kept.regionCode().startsWith(peer.prefix());
	}

	private List<Above> above() {
		return jdbc.sql("select id, installation, region_code from exchange.peer where direction = 'UP' order by id")
			.query((rs, n) -> new Above(rs.getLong(1), rs.getString(2), prefix(rs.getString(3))))
			.list();
	}

	private Map<String, Forwarded> byKind() {
		Map<String, Forwarded> kinds = byKind;
		if (kinds == null) {
			kinds = forwarded.orderedStream().collect(Collectors.toUnmodifiableMap(Forwarded::relayedKind, f -> f));
			byKind = kinds;
		}
		return kinds;
	}

	static String prefix(String region) {
		return RegionCode.isValid(region) ? RegionCode.of(region).prefix() : region;
	}

	static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

}
