package cn.xiaoan.exchange;

import java.util.List;
import java.util.Set;

import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A middle installation (a city between its counties and the province) forwards the
 * hazards it mirrors to its own peers above, so the province sees a county's hazards
 * without being the county's peer. The rule, which keeps a network without loops or
 * doubles:
 * <ul>
 * <li>a hazard is known everywhere by where it lives: the installation it was found at
 * and its id there ({@link HazardMirror}), whichever way it came;</li>
 * <li>what is forwarded is the mirrored row as it stands after a change here (made, a
 * newer version, a higher escalation) — never an envelope as it arrived, and nothing when
 * the envelope changed nothing (a replay, an older state, the same hazard by a second
 * route), so a repeat stops at the first installation that has it;</li>
 * <li>it goes to each peer above whose region holds the hazard, never to the installation
 * it lives at, and a hazard said to live here is refused (a link configured in a circle
 * ends there);</li>
 * <li>it carries the version it has where it lives, so each level keeps the newest
 * whatever the order and route it arrives by.</li>
 * </ul>
 * A peer above linked after hazards were mirrored receives them all once
 * ({@link #catchUp}).
 */
@Component
class HazardRelay implements EnvelopeKinds {

	static final String RELAYED = "hazard.relayed";

	/** Mirrored hazards read per query of the catch-up. */
	static final int BATCH = 500;

	private final HazardMirror mirror;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final String installation;

	HazardRelay(HazardMirror mirror, Outbox outbox, JdbcClient jdbc,
			@Value("${xiaoan.exchange.installation:xiaoan}") String installation) {
		this.mirror = mirror;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.installation = installation;
	}

	/** A peer above: its id, the installation it is and the region it serves. */
	private record Above(long id, String installation, String prefix) {
	}

	@Override
	public Set<String> kinds() {
		return Set.of(RELAYED);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.DOWN;
	}

	/**
	 * A hazard a peer below forwards from an installation below it: kept under the
	 * installation it lives at when it lies in the peer's region and does not claim to
	 * live here; forwarded further up when it changed what is kept.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		String origin = MirroredState.text(body, "origin");
		if (!MirroredState.isInstallation(origin) || origin.equals(installation) || !EnvelopeKinds.within(peer, body)) {
			return false;
		}
		return MirroredState
			.parse(body, origin, MirroredState.text(body, "originName"), MirroredState.text(body, "originRegion"),
					MirroredState.REPORT_ONLY)
			.map(state -> {
				mirror.merge(peer.id(), state, false).ifPresent(this::forward);
				return true;
			})
			.orElse(false);
	}

	/** Forwards a hazard as now kept here to each peer above whose region holds it. */
	void forward(MirroredState kept) {
		List<Above> above = above();
		if (above.isEmpty()) {
			return;
		}
		var body = kept.body(true);
		for (Above peer : above) {
			if (takes(peer, kept)) {
				outbox.enqueueTo(peer.id(), RELAYED, body);
			}
		}
	}

	/**
	 * Queues, once, every hazard mirrored here for a peer above: those kept before it was
	 * linked. Answers how many.
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
		int sent = 0;
		String afterOrigin = "";
		long afterId = Long.MIN_VALUE;
		while (true) {
			List<MirroredState> batch = mirror.page(peer.prefix(), peer.installation(), afterOrigin, afterId, BATCH);
			for (MirroredState kept : batch) {
				outbox.enqueueTo(peer.id(), RELAYED, kept.body(true));
				afterOrigin = kept.origin();
				afterId = kept.hazardId();
				sent++;
			}
			if (batch.size() < BATCH) {
				break;
			}
		}
		jdbc.sql("update exchange.peer set relayed_at = now() where id = :id").param("id", peerId).update();
		return sent;
	}

	/** The peers above linked and synced that have not had the mirrored hazards yet. */
	List<Long> waiting() {
		return jdbc.sql("""
				select id from exchange.peer where direction = 'UP' and synced_at is not null and relayed_at is null
				order by id""").query(Long.class).list();
	}

	private static boolean takes(Above peer, MirroredState kept) {
		return !peer.installation().equals(kept.origin()) && kept.regionCode().startsWith(peer.prefix());
	}

	private List<Above> above() {
		return jdbc.sql("select id, installation, region_code from exchange.peer where direction = 'UP' order by id")
			.query((rs, n) -> new Above(rs.getLong(1), rs.getString(2), prefix(rs.getString(3))))
			.list();
	}

	private static String prefix(String region) {
		return RegionCode.isValid(region) ? RegionCode.of(region).prefix() : region;
	}

}
