package cn.xiaoan.exchange;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Envelopes waiting for a peer, in the order they were written. A row stays until the
 * peer acknowledged it, so a link down for hours loses nothing; failed pushes back off
 * exponentially up to {@link #MAX_BACKOFF_SECONDS}.
 */
@Component
class Outbox {

	/**
	 * The envelope format this release writes; a receiver knows this one and the one
	 * before.
	 */
	static final int VERSION = 1;

	static final int MAX_BACKOFF_SECONDS = 600;

	record Row(long seq, String kind, int version, String body) {
	}

	private final JdbcClient jdbc;

	private final Peers peers;

	private final ObjectMapper json;

	Outbox(JdbcClient jdbc, Peers peers, ObjectMapper json) {
		this.jdbc = jdbc;
		this.peers = peers;
		this.json = json;
	}

	/** Queues one envelope for every peer in the direction; none without peers. */
	int enqueue(PeerDirection direction, String kind, Map<String, Object> body) {
		List<Long> to = peers.ids(direction);
		for (long peer : to) {
			enqueueTo(peer, kind, body);
		}
		return to.size();
	}

	/** Queues one envelope for one peer. */
	void enqueueTo(long peer, String kind, Map<String, Object> body) {
		jdbc.sql("insert into exchange.outbox (peer_id, kind, version, body) values (:p, :k, :v, cast(:b as jsonb))")
			.param("p", peer)
			.param("k", kind)
			.param("v", VERSION)
			.param("b", json.writeValueAsString(body))
			.update();
	}

	/** Peers with envelopes due now. */
	List<Long> duePeers() {
		return jdbc.sql("""
				select peer_id from exchange.outbox where sent_at is null
				group by peer_id having min(next_attempt) <= now() order by peer_id""").query(Long.class).list();
	}

	List<Row> pending(long peer, int limit) {
		return jdbc.sql("""
				select id, kind, version, body::text body from exchange.outbox
				where peer_id = :p and sent_at is null order by id limit :n""")
			.param("p", peer)
			.param("n", limit)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("kind"), rs.getInt("version"),
					rs.getString("body")))
			.list();
	}

	void sent(long peer, long upTo) {
		jdbc.sql("update exchange.outbox set sent_at = now() where peer_id = :p and sent_at is null and id <= :upTo")
			.param("p", peer)
			.param("upTo", upTo)
			.update();
	}

	void backOff(long peer) {
		jdbc.sql("""
				update exchange.outbox set attempts = attempts + 1,
				  next_attempt = now() + make_interval(secs => least(:max, 5 * power(2, least(attempts, 10))))
				where peer_id = :p and sent_at is null""").param("p", peer).param("max", MAX_BACKOFF_SECONDS).update();
	}

	/**
	 * Sends what waits now, skipping the wait of the backoff (the operator's "retry
	 * now").
	 */
	void retryNow(long peer) {
		jdbc.sql("update exchange.outbox set next_attempt = now() where peer_id = :p and sent_at is null")
			.param("p", peer)
			.update();
	}

}
