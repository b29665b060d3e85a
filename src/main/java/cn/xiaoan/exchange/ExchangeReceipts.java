package cn.xiaoan.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a signed batch of envelopes from a peer. Each envelope is recorded once under
 * (peer, sequence) and applied only when newly recorded, so a replay changes nothing.
 * Envelopes of a kind or version this release does not know, or that may not come from
 * that direction, are parked (kept, not applied, not refused): a peer one release ahead
 * keeps its link working, and a later release can apply what was parked.
 */
@Component
class ExchangeReceipts {

	/** What arrived: the highest sequence now recorded, and how many were new. */
	record Answer(long last, int applied, int parked) {
	}

	private final Peers peers;

	private final JdbcClient jdbc;

	private final List<EnvelopeKinds> appliers;

	private final ObjectMapper json;

	private final Clock clock;

	ExchangeReceipts(Peers peers, JdbcClient jdbc, List<EnvelopeKinds> appliers, ObjectMapper json, Clock clock) {
		this.peers = peers;
		this.jdbc = jdbc;
		this.appliers = appliers;
		this.json = json;
		this.clock = clock;
	}

	/** The peer that signed the request, if one did with its shared secret. */
	Optional<Peers.Peer> authenticate(String installation, String timestamp, String signature, byte[] body) {
		if (installation == null) {
			return Optional.empty();
		}
		return peers.byInstallation(installation)
			.filter(p -> Signature.verify(p.secret(), "req", installation, timestamp, body, signature,
					clock.instant()));
	}

	@Transactional
	Answer receive(Peers.Peer from, byte[] body) {
		JsonNode batch;
		try {
			batch = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not JSON");
		}
		long last = 0;
		int applied = 0;
		int parked = 0;
		for (JsonNode envelope : batch.path("envelopes")) {
			long seq = envelope.path("seq").asLong(0);
			String kind = envelope.path("kind").asString("");
			int version = envelope.path("v").asInt(0);
			if (seq <= 0 || kind.isEmpty() || kind.length() > 40) {
				throw new IllegalArgumentException("envelope without sequence or kind");
			}
			last = Math.max(last, seq);
			EnvelopeKinds applier = appliers.stream()
				.filter(a -> a.knows(kind, version, from.direction()))
				.findFirst()
				.orElse(null);
			boolean known = applier != null;
			int recorded = jdbc.sql("""
					insert into exchange.receipt (peer_id, seq, kind, version, state, body)
					values (:p, :s, :k, :v, :state, cast(:b as jsonb)) on conflict do nothing""")
				.param("p", from.id())
				.param("s", seq)
				.param("k", kind)
				.param("v", version)
				.param("state", known ? "APPLIED" : "PARKED")
				.param("b", json.writeValueAsString(envelope.path("body")))
				.update();
			if (recorded == 0) {
				continue;
			}
			if (known && applier.apply(from, kind, envelope.path("body"))) {
				applied++;
			}
			else {
				if (known) {
					park(from.id(), seq);
				}
				parked++;
			}
		}
		return new Answer(last, applied, parked);
	}

	private void park(long peer, long seq) {
		jdbc.sql("update exchange.receipt set state = 'PARKED' where peer_id = :p and seq = :s")
			.param("p", peer)
			.param("s", seq)
			.update();
	}

}
