package cn.xiaoan.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes each peer's pending envelopes, oldest first, in batches over HTTP(S). A peer is
 * pushed by one instance at a time (its row is locked for the push); what the peer
 * acknowledged with a valid signature is marked sent, anything else backs off and is sent
 * again later, which the peer's receipts make harmless.
 */
@Component
class ExchangePush {

	static final String PATH = "/api/v1/exchange/envelopes";

	static final int BATCH = 200;

	/**
	 * At most this many characters of envelope bodies in one request (a notice's
	 * attachments travel inside it); a larger envelope goes alone.
	 */
	static final long BATCH_CHARS = 16L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ExchangePush.class);

	private final Outbox outbox;

	private final Peers peers;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final ObjectMapper json;

	private final Clock clock;

	private final String installation;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	ExchangePush(Outbox outbox, Peers peers, JdbcClient jdbc, TransactionTemplate tx, ObjectMapper json, Clock clock,
			@Value("${xiaoan.exchange.installation:xiaoan}") String installation) {
		this.outbox = outbox;
		this.peers = peers;
		this.jdbc = jdbc;
		this.tx = tx;
		this.json = json;
		this.clock = clock;
		this.installation = installation;
	}

	/**
	 * Pushes every peer with envelopes due; returns how many envelopes peers
	 * acknowledged.
	 */
	int pushDue() {
		int sent = 0;
		for (long peer : outbox.duePeers()) {
			sent += push(peer);
		}
		return sent;
	}

	/** Pushes one peer until nothing is pending or a batch fails. */
	int push(long peerId) {
		int sent = 0;
		while (true) {
			Integer batch = tx.execute(status -> pushBatch(peerId));
			if (batch == null || batch <= 0) {
				return sent;
			}
			sent += batch;
		}
	}

	private int pushBatch(long peerId) {
		if (!peers.claim(peerId)) {
			return 0;
		}
		Peers.Peer peer = peers.byId(peerId).orElseThrow();
		List<Outbox.Row> rows = upTo(outbox.pending(peerId, BATCH), BATCH_CHARS);
		if (rows.isEmpty()) {
			return 0;
		}
		try {
			long acknowledged = send(peer, rows);
			outbox.sent(peerId, acknowledged);
			peers.succeeded(peerId);
			return (int) rows.stream().filter(r -> r.seq() <= acknowledged).count();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Exchange push to {} failed: {}", peer.name(), ex.toString());
			outbox.backOff(peerId);
			peers.failed(peerId, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** The first rows whose bodies fit in {@code chars}, and at least one. */
	static List<Outbox.Row> upTo(List<Outbox.Row> rows, long chars) {
		long total = 0;
		for (int i = 0; i < rows.size(); i++) {
			total += rows.get(i).body().length();
			if (total > chars && i > 0) {
				return rows.subList(0, i);
			}
		}
		return rows;
	}

	private long send(Peers.Peer peer, List<Outbox.Row> rows) throws IOException, InterruptedException {
		List<Map<String, Object>> envelopes = new ArrayList<>();
		for (Outbox.Row row : rows) {
			Map<String, Object> envelope = new LinkedHashMap<>();
			envelope.put("seq", row.seq());
			envelope.put("kind", row.kind());
			envelope.put("v", row.version());
			envelope.put("body", json.readTree(row.body()));
			envelopes.add(envelope);
		}
		byte[] body = json.writeValueAsBytes(Map.of("from", installation, "envelopes", envelopes));
		long now = clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(peer.url() + PATH))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header(Signature.INSTALLATION, installation)
			.header(Signature.TIMESTAMP, Long.toString(now))
			.header(Signature.SIGNATURE, Signature.sign(peer.secret(), "req", installation, now, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode());
		}
		// The answer must be signed by the peer too: an impostor cannot make envelopes
		// count as delivered.
		if (!Signature.verify(peer.secret(), "ack", peer.installation(),
				response.headers().firstValue(Signature.TIMESTAMP).orElse(null), response.body(),
				response.headers().firstValue(Signature.SIGNATURE).orElse(null), clock.instant())) {
			throw new IOException("unsigned or wrongly signed answer");
		}
		JsonNode answer = json.readTree(new String(response.body(), StandardCharsets.UTF_8));
		return answer.path("last").asLong(0);
	}

}
