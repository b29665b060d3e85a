package cn.xiaoan.exchange;

import java.time.Duration;
import java.util.List;

import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.SecondInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.SECRET;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.TENGXIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * County (藤县, this platform with the demo) → city (梧州市) → province (广西), the two above on
 * databases of their own: the links between them, cut and restored, and what each
 * installation keeps of a hazard of 藤县 (ADR 0068).
 */
final class ForwardingNetwork {

	/** One installation above: its database, peers, push and first sync. */
	record Above(ConfigurableApplicationContext context, JdbcClient db, Peers peers, ExchangePush push,
			FirstSync firstSync) {

		Above(ConfigurableApplicationContext context) {
			this(context, context.getBean(JdbcClient.class), context.getBean(Peers.class),
					context.getBean(ExchangePush.class), context.getBean(FirstSync.class));
			CityInstallation.seed(context);
		}

		String url() {
			return "http://localhost:" + SecondInstance.port(context);
		}

		/**
		 * The first sync of every peer above that wants one, done (hazards mirrored too).
		 */
		void synced() {
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
				firstSync.syncNewPeers();
				return db.sql("""
						select count(*) from exchange.peer
						where direction = 'UP' and sync_wanted and (synced_at is null or relayed_at is null)""")
					.query(Long.class)
					.single() == 0;
			});
		}

		void drain(long peer) {
			ExchangeBothWaysIntegrationTests.drain(push, db, peer);
		}

	}

	final Above province;

	final Above city;

	ForwardingNetwork(ConfigurableApplicationContext province, ConfigurableApplicationContext city) {
		this.province = new Above(province);
		this.city = new Above(city);
	}

	/**
	 * The city links the province above (which knows the city below); answers the
	 * province's peer id at the city. The province receives what the city mirrors at the
	 * city's next first sync.
	 */
	long linkCityToProvince() {
		province.peers.save(new SavePeer("city", "梧州市", city.url(), "450400", PeerDirection.DOWN, SECRET));
		long up = city.peers.save(provincePeer(province.url()));
		city.peers.wantFirstSync(up);
		return up;
	}

	/** The city's link to the province goes to a port nobody listens on. */
	void cutCityFromProvince() {
		city.peers.save(provincePeer("http://localhost:1"));
	}

	void restoreCityToProvince() {
		city.peers.save(provincePeer(province.url()));
	}

	/**
	 * 藤县 also links the province directly (a second route for its hazards); answers the
	 * province's peer id at the county.
	 */
	long linkCountyToProvince(Peers county, int countyPort) {
		province.peers
			.save(new SavePeer("xiaoan", "藤县", "http://localhost:" + countyPort, TENGXIAN, PeerDirection.DOWN, SECRET));
		return county.save(provincePeer(province.url()));
	}

	private static SavePeer provincePeer(String url) {
		return new SavePeer("province", "广西", url, "450000", PeerDirection.UP, SECRET);
	}

	/**
	 * Of what left the county (its hazards, forwarded or not, and what else it sent),
	 * neither above keeps, nor did the city send on, a pupil's name or number, nor a
	 * title (they start with {@code titles}).
	 */
	void nothingThatLeftTheCountyNamesAPupil(JdbcClient county, String titles) {
		List<String> facts = county.sql("select name, student_no from people.student")
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.flatMap(List::stream)
			.filter(f -> f != null && f.length() >= 2)
			.toList();
		assertThat(facts).isNotEmpty();
		for (JdbcClient db : List.of(city.db(), province.db())) {
			String seen = String.join("\n", db.sql("""
					select body::text from exchange.outbox where body ->> 'origin' = 'xiaoan'
					union all select body::text from exchange.receipt
					where body ->> 'origin' = 'xiaoan' or body ->> 'regionCode' like '450422%'
					union all select cast(row_to_json(h) as text) from exchange.mirrored_hazard h
					where origin = 'xiaoan'""").query(String.class).list());
			assertThat(seen).contains("hazardId");
			for (String fact : facts) {
				assertThat(seen).as("what went up and on").doesNotContain(fact);
			}
			assertThat(seen).doesNotContain(titles);
		}
	}

	/**
	 * What an installation keeps of a hazard of 藤县: how many rows, the installation it
	 * lives at, status, version, 督办 level, whether accepted on site, escalation.
	 */
	static List<Object> kept(JdbcClient db, long hazard) {
		return db.sql("""
				select count(*) over (), origin, origin_name, status, status_version,
				       coalesce(supervised_level, ''), supervision_accepted_at is not null, coalesce(escalation, '')
				from exchange.mirrored_hazard where origin = 'xiaoan' and hazard_id = :h""")
			.param("h", hazard)
			.query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getBoolean(7), rs.getString(8)))
			.optional()
			.orElse(List.of());
	}

	/** Envelopes of a kind queued for a peer. */
	static long queued(JdbcClient db, long peer, String kind) {
		return db.sql("select count(*) from exchange.outbox where peer_id = :p and kind = :k")
			.param("p", peer)
			.param("k", kind)
			.query(Long.class)
			.single();
	}

	/**
	 * The envelope of {@code kind} for the hazard's state of {@code version} queued again
	 * for the peer, under a new sequence.
	 */
	static void resend(JdbcClient db, long peer, String kind, long hazard, long version) {
		db.sql("""
				insert into exchange.outbox (peer_id, kind, version, body)
				select peer_id, kind, version, body from exchange.outbox
				where peer_id = :p and kind = :k and body ->> 'hazardId' = :h and body ->> 'version' = :v""")
			.param("p", peer)
			.param("k", kind)
			.param("h", String.valueOf(hazard))
			.param("v", String.valueOf(version))
			.update();
	}

	static String updatedAt(JdbcClient db, long hazard) {
		return db
			.sql("""
					select cast(updated_at as text) from exchange.mirrored_hazard where origin = 'xiaoan' and hazard_id = :h""")
			.param("h", hazard)
			.query(String.class)
			.single();
	}

}
