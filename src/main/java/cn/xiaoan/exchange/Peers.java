package cn.xiaoan.exchange;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The peers table: who this installation talks to, and how the last push went. */
@Component
class Peers {

	record Peer(long id, String installation, String name, String url, String regionCode, PeerDirection direction,
			String secret) {
	}

	private static final String SELECT = "select id, installation, name, url, region_code, direction, secret from exchange.peer";

	private final JdbcClient jdbc;

	Peers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Peer> byInstallation(String installation) {
		return jdbc.sql(SELECT + " where installation = :i").param("i", installation).query(Peers::map).optional();
	}

	Optional<Peer> byId(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Peers::map).optional();
	}

	List<Long> ids(PeerDirection direction) {
		return jdbc.sql("select id from exchange.peer where direction = :d order by id")
			.param("d", direction.name())
			.query(Long.class)
			.list();
	}

	/** Saves a peer, replacing the one of the same installation id. */
	long save(SavePeer peer) {
		return jdbc.sql("""
				insert into exchange.peer (installation, name, url, region_code, direction, secret)
				values (:i, :n, :u, :r, :d, :s)
				on conflict (installation) do update set name = excluded.name, url = excluded.url,
				  region_code = excluded.region_code, direction = excluded.direction, secret = excluded.secret
				returning id""")
			.param("i", peer.installation())
			.param("n", peer.name())
			.param("u", peer.url())
			.param("r", peer.regionCode())
			.param("d", peer.direction().name())
			.param("s", peer.secret())
			.query(Long.class)
			.single();
	}

	void succeeded(long id) {
		jdbc.sql("update exchange.peer set last_success = now() where id = :id").param("id", id).update();
	}

	void failed(long id, String error) {
		String shown = error == null ? "?" : error.length() > 500 ? error.substring(0, 500) : error;
		jdbc.sql("update exchange.peer set last_error = :e, last_error_at = now() where id = :id")
			.param("e", shown)
			.param("id", id)
			.update();
	}

	List<PeerStatus> statuses() {
		return jdbc.sql("""
				select p.id, p.installation, p.name, p.url, p.region_code, p.direction,
				       (select count(*) from exchange.outbox o where o.peer_id = p.id and o.sent_at is null) pending,
				       (select count(*) from exchange.receipt r where r.peer_id = p.id) received,
				       (select count(*) from exchange.receipt r where r.peer_id = p.id and r.state = 'PARKED') parked,
				       p.last_success, p.last_error, p.last_error_at
				from exchange.peer p order by p.direction desc, p.name""")
			.query((rs, n) -> new PeerStatus(rs.getLong("id"), rs.getString("installation"), rs.getString("name"),
					rs.getString("url"), rs.getString("region_code"), PeerDirection.valueOf(rs.getString("direction")),
					rs.getLong("pending"), rs.getLong("received"), rs.getLong("parked"),
					rs.getObject("last_success", java.time.OffsetDateTime.class), rs.getString("last_error"),
					rs.getObject("last_error_at", java.time.OffsetDateTime.class)))
			.list();
	}

	private static Peer map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Peer(rs.getLong("id"), rs.getString("installation"), rs.getString("name"), rs.getString("url"),
				rs.getString("region_code"), PeerDirection.valueOf(rs.getString("direction")), rs.getString("secret"));
	}

}
