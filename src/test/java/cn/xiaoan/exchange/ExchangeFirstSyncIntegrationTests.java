package cn.xiaoan.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
			city.getBean(Peers.class).save(county(port));
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
		}
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
