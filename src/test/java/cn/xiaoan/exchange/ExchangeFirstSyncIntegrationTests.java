package cn.xiaoan.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.SECRET;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.mirroredHazards;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peer above added when the county has been working for a while first receives what is
 * open here, once: the city then sees the hazards that existed before the link and the
 * bullying counts of the last months, and adding the peer again sends nothing twice. The
 * peers' secrets are stored encrypted.
 */
@PlatformTest
class ExchangeFirstSyncIntegrationTests {

	@Autowired
	EmbeddedServer database;

	@Autowired
	Demo demo;

	@Autowired
	ExchangeManagement exchange;

	@Autowired
	Peers peers;

	@Autowired
	PeerSecrets secrets;

	@Autowired
	ExchangePush push;

	@Autowired
	FirstSync firstSync;

	@Autowired
	BullyingCountsUp bullying;

	@LocalServerPort
	int port;

	@AfterEach
	void noPeersLeft() {
		demo.jdbc().sql("delete from exchange.peer").update();
	}

	@Test
	void aPeerAboveAddedLaterReceivesTheOpenHazardsOnce() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_first_sync",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			JdbcClient cityDb = city.getBean(JdbcClient.class);
			long down = city.getBean(Peers.class).save(county(port));
			long open = demo.jdbc()
				.sql("""
						select count(*) from hazard.hazard
						where status not in ('VERIFIED', 'CLOSED') and region_code like '450422%'""")
				.query(Long.class)
				.single();
			// the city takes what lies in 藤县 (450422), the region the county's peer
			// serves
			assertThat(open).as("the demo has open hazards in 藤县").isPositive();

			long up = demo.callAs("admin",
					() -> exchange.savePeer(cityPeer("http://localhost:" + SecondInstance.port(city))));
			long started = System.nanoTime();
			synced();
			drain(push, demo.jdbc(), up);
			System.out.printf("EXCHANGE-FIRST-SYNC %d open hazards in %.2f s%n", open,
					(System.nanoTime() - started) / 1e9);
			assertThat(mirroredHazards(cityDb)).hasSize((int) open);
			long cases = demo.jdbc()
				.sql("""
						select count(*) from bullying.bullying_case
						where opened_at >= cast(:from as date) and region_code like '450422%'""")
				.param("from", LocalDate.now().minusMonths(BullyingCountsUp.MONTHS - 1).withDayOfMonth(1))
				.query(Long.class)
				.single();
			assertThat(cases).as("the demo has bullying cases").isPositive();
			assertThat(bullyingCases(cityDb)).as("counts, not cases").isEqualTo(cases);
			long openAccidents = demo.jdbc()
				.sql("select count(*) from accident.accident where closed_at is null and region_code like '450422%'")
				.query(Long.class)
				.single();
			assertThat(openAccidents).as("the demo has an open accident in 藤县").isPositive();
			assertThat(openAccidents(cityDb)).isEqualTo(openAccidents);

			// saved again (a new URL, say): nothing is sent again
			long queued = queued();
			demo.callAs("admin", () -> exchange.savePeer(cityPeer("http://localhost:" + SecondInstance.port(city))));
			assertThat(firstSync.syncNewPeers()).isZero();
			assertThat(queued()).isEqualTo(queued);

			// and a sync repeated anyway changes nothing above
			demo.jdbc().sql("update exchange.peer set synced_at = null").update();
			synced();
			assertThat(queued()).isGreaterThan(queued);
			drain(push, demo.jdbc(), up);
			assertThat(mirroredHazards(cityDb)).hasSize((int) open);
			assertThat(bullyingCases(cityDb)).isEqualTo(cases);
			assertThat(openAccidents(cityDb)).isEqualTo(openAccidents);

			aCountThatFellToZeroIsSentAsZero(cityDb, down, up);
		}
	}

	/**
	 * A school's count sent before whose cases are gone (a case removed) is sent once as
	 * zero, so the city does not keep the old figure.
	 */
	private void aCountThatFellToZeroIsSentAsZero(JdbcClient cityDb, long down, long up) {
		String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		long quiet = demo.schoolsIn("450422")
			.stream()
			.filter(s -> demo.jdbc()
				.sql("""
						select count(*) from bullying.bullying_case where school_id = :s
						  and to_char(opened_at at time zone 'Asia/Shanghai', 'YYYY-MM') = :m""")
				.param("s", s)
				.param("m", month)
				.query(Long.class)
				.single() == 0)
			.findFirst()
			.orElseThrow();
		String region = demo.jdbc()
			.sql("select region_code from org.school where id = :s")
			.param("s", quiet)
			.query(String.class)
			.single();
		// as it was before its two cases were removed
		demo.jdbc()
			.sql("insert into exchange.bullying_count_sent (peer_id, school_id, month, cases, bullying) values (:p, :s, :m, 2, 1)")
			.param("p", up)
			.param("s", quiet)
			.param("m", month)
			.update();
		cityDb
			.sql("""
					insert into exchange.mirrored_bullying_count (peer_id, origin, origin_name, origin_region, school_id, month,
					  school_name, region_code, cases, bullying)
					values (:p, 'xiaoan', '藤县', '450422', :s, :m, '', :r, 2, 1)""")
			.param("p", down)
			.param("s", quiet)
			.param("m", month)
			.param("r", region)
			.update();
		bullying.sendChangedCounts();
		drain(push, demo.jdbc(), up);
		assertThat(cityDb
			.sql("""
					select cases, bullying from exchange.mirrored_bullying_count where peer_id = :p and school_id = :s and month = :m""")
			.param("p", down)
			.param("s", quiet)
			.param("m", month)
			.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2)))
			.single()).containsExactly(0, 0);
		long queued = queued();
		bullying.sendChangedCounts();
		assertThat(queued()).as("a zero is sent once").isEqualTo(queued);
	}

	private static long openAccidents(JdbcClient city) {
		return city.sql("select count(*) from exchange.mirrored_accident where not closed").query(Long.class).single();
	}

	@Test
	void aPeersSecretIsStoredEncryptedAndAPlainOneIsEncryptedOnStart() {
		peers.save(cityPeer("http://localhost:1"));
		byte[] stored = demo.jdbc()
			.sql("select secret_enc from exchange.peer where installation = 'city' and secret is null")
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
		assertThat(peers.byInstallation("city").orElseThrow().secret()).isEqualTo(SECRET);

		// a row as the release before stored it
		demo.jdbc().sql("""
				insert into exchange.peer (installation, name, url, region_code, direction, secret)
				values ('older', 'older', 'http://localhost:1', '450422', 'DOWN', :s)""").param("s", SECRET).update();
		secrets.encryptPlainSecrets();
		assertThat(demo.jdbc()
			.sql("select count(*) from exchange.peer where secret is not null or secret_enc is null")
			.query(Long.class)
			.single()).isZero();
		assertThat(peers.byInstallation("older").orElseThrow().secret()).isEqualTo(SECRET);
	}

	private void synced() {
		ExchangeBothWaysIntegrationTests.synced(firstSync, demo.jdbc());
	}

	private static long bullyingCases(JdbcClient city) {
		return city.sql("select coalesce(sum(cases), 0) from exchange.mirrored_bullying_count")
			.query(Long.class)
			.single();
	}

	private long queued() {
		return demo.jdbc().sql("select count(*) from exchange.outbox").query(Long.class).single();
	}

}
