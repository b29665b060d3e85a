package cn.xiaoan.exchange;

import java.util.List;
import java.util.Optional;

import cn.xiaoan.people.privacy.PersonalDataCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The peers table: who this installation talks to, and how the last push went. */
@Component
class Peers {

	record Peer(long id, String installation, String name, String url, String regionCode, PeerDirection direction,
			String secret) {

		@Override
		public String toString() {
			return "Peer[" + installation + " " + url + "]";
		}

	}

	private static final String SELECT = "select id, installation, name, url, region_code, direction, secret, secret_enc from exchange.peer";

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	Peers(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** The peers in a direction, with their secrets. */
	List<Peer> all(PeerDirection direction) {
		return jdbc.sql(SELECT + " where direction = :d order by id")
			.param("d", direction.name())
			.query(this::map)
			.list();
	}

	/**
	 * Holds the peer's row until the transaction ends, so that two application instances
	 * never send to one peer at once; false when another holds it now (skip it then).
	 */
	boolean claim(long id) {
		return !jdbc.sql("select id from exchange.peer where id = :id for update skip locked")
			.param("id", id)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	Optional<Peer> byInstallation(String installation) {
		return jdbc.sql(SELECT + " where installation = :i").param("i", installation).query(this::map).optional();
	}

	Optional<Peer> byId(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
	}

	List<Long> ids(PeerDirection direction) {
		return jdbc.sql("select id from exchange.peer where direction = :d order by id")
			.param("d", direction.name())
			.query(Long.class)
			.list();
	}

	/**
	 * Saves a peer, replacing the one of the same installation id. The secret is stored
	 * encrypted with the personal-data key (ADR 0059), never in plain text.
	 */
	long save(SavePeer peer) {
		return jdbc.sql("""
				insert into exchange.peer (installation, name, url, region_code, direction, secret, secret_enc)
				values (:i, :n, :u, :r, :d, null, :s)
				on conflict (installation) do update set name = excluded.name, url = excluded.url,
				  region_code = excluded.region_code, direction = excluded.direction, secret = null,
				  secret_enc = excluded.secret_enc
				returning id""")
			.param("i", peer.installation())
			.param("n", peer.name())
			.param("u", peer.url())
			.param("r", peer.regionCode())
			.param("d", peer.direction().name())
			.param("s", cipher.encrypt(peer.secret()))
			.query(Long.class)
			.single();
	}

	/**
	 * The tables of what came from below, each row under the link its last change came
	 * through.
	 */
	private static final List<String> MIRRORS = List.of("mirrored_hazard", "mirrored_accident",
			"mirrored_acknowledgement", "mirrored_bullying_count", "mirrored_school_score", "mirrored_interview");

	/**
	 * Deletes a peer, its outbox and receipts. What came through it from below stays when
	 * another link below still brings it (ADR 0071): under the installation it comes from
	 * when that is still a peer below itself, else under a peer below whose region holds
	 * that installation's (a city that forwards its county's); what nothing else brings
	 * goes with the peer.
	 */
	void delete(long id) {
		List<Peer> others = all(PeerDirection.DOWN).stream().filter(p -> p.id() != id).toList();
		for (String table : MIRRORS) {
			jdbc.sql("update exchange." + table + """
					 m set peer_id = q.id from exchange.peer q
					where m.peer_id = :gone and q.installation = m.origin and q.direction = 'DOWN' and q.id <> :gone""")
				.param("gone", id)
				.update();
			for (Peer other : others) {
				jdbc.sql("update exchange." + table
						+ " set peer_id = :other where peer_id = :gone and origin_region like :prefix || '%'")
					.param("other", other.id())
					.param("gone", id)
					.param("prefix", Relay.prefix(other.regionCode()))
					.update();
			}
		}
		jdbc.sql("delete from exchange.peer where id = :id").param("id", id).update();
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

	/**
	 * Encrypts the secrets a release before 0059 stored in plain text; returns how many.
	 */
	int encryptPlainSecrets() {
		List<Long> plain = jdbc.sql("select id from exchange.peer where secret is not null order by id")
			.query(Long.class)
			.list();
		for (long id : plain) {
			jdbc.sql("""
					update exchange.peer set secret_enc = :enc, secret = null where id = :id and secret is not null""")
				.param("enc",
						cipher.encrypt(jdbc.sql("select secret from exchange.peer where id = :id")
							.param("id", id)
							.query(String.class)
							.single()))
				.param("id", id)
				.update();
		}
		return plain.size();
	}

	/** The peers above that have not had their first full sync. */
	List<Long> unsynced() {
		return jdbc.sql("""
				select id from exchange.peer where direction = 'UP' and sync_wanted and synced_at is null
				order by id""").query(Long.class).list();
	}

	/** The peer, if above and never synced, is synced at the next push tick. */
	void wantFirstSync(long id) {
		jdbc.sql("update exchange.peer set sync_wanted = true where id = :id and direction = 'UP'")
			.param("id", id)
			.update();
	}

	/** Synced now: its first full sync carried the hazards' states too. */
	void markSynced(long id) {
		jdbc.sql("update exchange.peer set synced_at = now(), status_synced_at = now() where id = :id")
			.param("id", id)
			.update();
	}

	/**
	 * The peers above whose first full sync came before hazards' states travelled (ADR
	 * 0066) and that have not had those states yet.
	 */
	List<Long> statesUnsynced() {
		return jdbc.sql("""
				select id from exchange.peer where direction = 'UP' and synced_at is not null
				  and status_synced_at is null order by id""").query(Long.class).list();
	}

	private Peer map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		byte[] encrypted = rs.getBytes("secret_enc");
		return new Peer(rs.getLong("id"), rs.getString("installation"), rs.getString("name"), rs.getString("url"),
				rs.getString("region_code"), PeerDirection.valueOf(rs.getString("direction")),
				encrypted != null ? cipher.decrypt(encrypted) : rs.getString("secret"));
	}

}
