package cn.xiaoan.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.warning.WarningFromAbove;
import cn.xiaoan.warning.WarningIssued;
import cn.xiaoan.warning.WarningKind;
import cn.xiaoan.warning.WarningLevel;
import cn.xiaoan.warning.WarningRelay;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Warnings (预警) going down: one issued here reaches each installation below whose region
 * it covers; one received from above is issued to this installation's schools through the
 * warning module, under the name of the bureau above, and remembered so the schools'
 * acknowledgements go back up ({@link AcknowledgementsFromBelow}). A warning received is
 * passed on further down like one issued here, so a province reaches its counties through
 * their city.
 */
@Component
class WarningsFromAbove implements EnvelopeKinds {

	static final String ISSUED = "warning.issued";

	private final Outbox outbox;

	private final Peers peers;

	private final WarningRelay relay;

	private final JdbcClient jdbc;

	WarningsFromAbove(Outbox outbox, Peers peers, WarningRelay relay, JdbcClient jdbc) {
		this.outbox = outbox;
		this.peers = peers;
		this.relay = relay;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(WarningIssued event) {
		List<Peers.Peer> below = peers.all(PeerDirection.DOWN)
			.stream()
			.filter(p -> reaches(event.targetPrefix(), p.regionCode()))
			.toList();
		if (below.isEmpty()) {
			return;
		}
		Optional<WarningFromAbove> warning = AsInstallation.call(() -> relay.toRelay(event.warningId()));
		for (Peers.Peer peer : below) {
			warning.ifPresent(w -> outbox.enqueueTo(peer.id(), ISSUED, body(w, narrower(w.targetPrefix(), peer))));
		}
	}

	/** Whether a warning to {@code target} ("" for all) reaches the region of a peer. */
	static boolean reaches(String target, String peerRegion) {
		String peer = RegionCode.of(peerRegion).prefix();
		return peer.startsWith(target) || target.startsWith(peer);
	}

	/** The target as the peer below applies it: no wider than the peer's own region. */
	static String narrower(String target, Peers.Peer peer) {
		String own = RegionCode.of(peer.regionCode()).prefix();
		return target.length() >= own.length() ? target : own;
	}

	private static Map<String, Object> body(WarningFromAbove w, String target) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("warningId", w.warningId());
		body.put("issuerPrefix", w.issuerPrefix());
		body.put("issuerName", w.issuerName());
		body.put("targetPrefix", target);
		body.put("kind", w.kind().name());
		body.put("level", w.level().name());
		body.put("title", w.title());
		body.put("body", w.body());
		body.put("actions", w.actions());
		body.put("issuedAt", w.issuedAt().toString());
		body.put("validUntil", w.validUntil().toString());
		body.put("chaseAfterMinutes", w.chaseAfterMinutes());
		return body;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(ISSUED);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.UP;
	}

	/**
	 * Issues the warning here once per warning above (a first sync or a resent envelope
	 * under another sequence does not issue it twice); a kind or level this release does
	 * not know is parked.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		long remote = body.path("warningId").asLong(0);
		WarningKind warningKind = parse(WarningKind.class, body.path("kind").asString(""));
		WarningLevel level = parse(WarningLevel.class, body.path("level").asString(""));
		Instant issuedAt = instant(body.path("issuedAt").asString(""));
		Instant validUntil = instant(body.path("validUntil").asString(""));
		String target = body.path("targetPrefix").asString("");
		if (remote <= 0 || warningKind == null || level == null || issuedAt == null || validUntil == null
				|| !target.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}")
				|| !target.startsWith(RegionCode.of(peer.regionCode()).prefix())) {
			// the bureau above addresses its own region only
			return false;
		}
		boolean known = jdbc.sql("select count(*) from exchange.received_warning where peer_id = :p and remote_id = :r")
			.param("p", peer.id())
			.param("r", remote)
			.query(Long.class)
			.single() > 0;
		if (known) {
			return true;
		}
		// the columns' bounds, so that no envelope can fail the batch it came in
		List<String> actions = new ArrayList<>();
		body.path("actions").forEach(a -> actions.add(cut(a.asString(""), 200)));
		String issuer = cut(body.path("issuerName").asString(""), 64);
		String issuerPrefix = body.path("issuerPrefix").asString("");
		WarningFromAbove warning = new WarningFromAbove(remote,
				issuerPrefix.matches("\\d{0,9}") ? issuerPrefix : RegionCode.of(peer.regionCode()).prefix(),
				issuer.isBlank() ? peer.name() : issuer, target, warningKind, level,
				cut(body.path("title").asString(""), 100), cut(body.path("body").asString(""), 2000), actions, issuedAt,
				validUntil, Math.max(1, body.path("chaseAfterMinutes").asInt(60)));
		AsInstallation.call(() -> relay.receive(warning))
			.ifPresent(local -> jdbc
				.sql("insert into exchange.received_warning (peer_id, remote_id, local_id) values (:p, :r, :l)")
				.param("p", peer.id())
				.param("r", remote)
				.param("l", local)
				.update());
		return true;
	}

	/** The peer and its warning id a local warning was received as, if it was. */
	Optional<long[]> origin(long localWarning) {
		return jdbc.sql("select peer_id, remote_id from exchange.received_warning where local_id = :l")
			.param("l", localWarning)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	static Instant instant(String text) {
		try {
			return Instant.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String code) {
		try {
			return Enum.valueOf(type, code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
