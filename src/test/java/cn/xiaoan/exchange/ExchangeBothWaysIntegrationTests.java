package cn.xiaoan.exchange;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import cn.xiaoan.warning.AcknowledgeWarning;
import cn.xiaoan.warning.WarningManagement;
import cn.xiaoan.warning.WarningSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Both directions between two installations: this platform (the county 藤县, with the demo)
 * and a city above it (梧州市, its own database). While the link is cut the county reports
 * hazards and the city issues a warning; when it is back, the city has every hazard once
 * and the county's schools have the warning once, under the city bureau's name; a
 * school's acknowledgement goes back up; everything resent changes nothing.
 */
@PlatformTest
class ExchangeBothWaysIntegrationTests {

	static final String SECRET = "a-shared-secret-of-the-two-bureaus";

	static final String TENGXIAN = "450422";

	/** Titles of this run: the shared demo database outlives a run. */
	static final String RUN = "联网双向" + (System.currentTimeMillis() % 1_000_000) + "：";

	@Autowired
	EmbeddedServer database;

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	WarningManagement warnings;

	@Autowired
	Peers peers;

	@Autowired
	ExchangePush push;

	@Autowired
	Outbox outbox;

	@LocalServerPort
	int port;

	@AfterEach
	void noPeersLeft() {
		demo.jdbc().sql("delete from exchange.peer").update();
	}

	@Test
	void bothSidesChangeWhileTheLinkIsCutAndConvergeWithNothingLostOrDoubled() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_wuzhou",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			City above = new City(city);
			long down = above.peers.save(county(port));
			long up = peers.save(cityPeer("http://localhost:" + SecondInstance.port(city)));

			// the link is cut both ways; both sides carry on
			cut(above);
			long first = report(RUN + "围墙裂缝");
			long second = report(RUN + "消防通道堵塞");
			long warning = above.issue(RUN + "暴雨橙色预警");
			// each report goes up as its report and its state (ADR 0066)
			awaitOutbox(demo.jdbc(), up, 4);
			awaitOutbox(above.db, down, 1);
			push.push(up);
			above.push.push(down);
			assertThat(pending(demo.jdbc(), up)).isEqualTo(4);
			assertThat(pending(above.db, down)).isEqualTo(1);
			assertThat(received(demo.jdbc())).isEmpty();

			// back: both converge
			restore(above, city);
			drain(push, demo.jdbc(), up);
			drain(above.push, above.db, down);
			assertThat(mirroredHazards(above.db)).containsExactly(first, second);
			WarningSummary here = single(warningsOfPrincipal(RUN + "暴雨橙色预警"));
			assertThat(here.issuerName()).isEqualTo("梧州市");
			assertThat(received(demo.jdbc())).containsExactly(warning);

			// cut again: the school acknowledges, the city issues another warning
			cut(above);
			demo.runAs("principal", () -> warnings.acknowledge(here.id(),
					new AcknowledgeWarning(List.of(1, 2), Map.of(1, "已疏通排水沟"), "已落实")));
			long another = above.issue(RUN + "高温黄色预警");
			awaitOutbox(demo.jdbc(), up, 5);
			awaitOutbox(above.db, down, 2);
			restore(above, city);
			drain(push, demo.jdbc(), up);
			drain(above.push, above.db, down);
			assertThat(received(demo.jdbc())).containsExactly(warning, another);
			assertThat(warningsOfPrincipal(RUN)).hasSize(2);
			assertThat(above.db.sql("select warning_id, actions_done, late from exchange.mirrored_acknowledgement")
				.query((rs, n) -> List.of(rs.getLong(1), rs.getInt(2), rs.getBoolean(3)))
				.list()).containsExactly(List.of(warning, 2, false));

			// everything is sent again, as after lost answers: the receipts keep it
			// single
			demo.jdbc().sql("update exchange.outbox set sent_at = null").update();
			above.db.sql("update exchange.outbox set sent_at = null").update();
			drain(push, demo.jdbc(), up);
			drain(above.push, above.db, down);
			assertThat(mirroredHazards(above.db)).containsExactly(first, second);
			assertThat(warningsOfPrincipal(RUN)).hasSize(2);
			assertThat(
					above.db.sql("select count(*) from exchange.mirrored_acknowledgement").query(Long.class).single())
				.isEqualTo(1);

			catchUpAfterACut(above, down, up, city);
		}
	}

	/**
	 * The figure of ADR 0059: a cut during which the county queues 2,000 hazard envelopes
	 * and the city 50 warnings (each issued to the county's schools); the time from the
	 * link's return until both outboxes are empty.
	 */
	private void catchUpAfterACut(City above, long down, long up, ConfigurableApplicationContext city)
			throws Exception {
		cut(above);
		Outbox cityOutbox = above.context.getBean(Outbox.class);
		int hazardsUp = 2000;
		for (int i = 1; i <= hazardsUp; i++) {
			outbox.enqueueTo(up, MirroredHazards.REPORTED,
					Map.of("hazardId", 2_000_000 + i, "number", "YH" + i, "schoolId", 1, "schoolName", "bench",
							"regionCode", "450422001", "category", "FIRE", "reportedAt", "2026-12-01T08:00:00+08:00"));
		}
		int warningsDown = 50;
		for (int i = 1; i <= warningsDown; i++) {
			cityOutbox.enqueueTo(down, WarningsFromAbove.ISSUED,
					Map.ofEntries(Map.entry("warningId", 3_000_000 + i), Map.entry("issuerPrefix", "4504"),
							Map.entry("issuerName", "梧州市"), Map.entry("targetPrefix", TENGXIAN),
							Map.entry("kind", "RAINSTORM"), Map.entry("level", "BLUE"),
							Map.entry("title", "联网压测预警" + i), Map.entry("body", "压测"),
							Map.entry("actions", List.of("检查")), Map.entry("issuedAt", "2026-12-01T00:00:00Z"),
							Map.entry("validUntil", "2027-12-01T00:00:00Z"), Map.entry("chaseAfterMinutes", 600)));
		}
		restore(above, city);
		long started = System.nanoTime();
		drain(push, demo.jdbc(), up);
		double upSeconds = (System.nanoTime() - started) / 1e9;
		long downStarted = System.nanoTime();
		drain(above.push, above.db, down);
		double downSeconds = (System.nanoTime() - downStarted) / 1e9;
		System.out.printf("EXCHANGE-CATCHUP up %d hazard envelopes in %.2f s; down %d warnings in %.2f s%n", hazardsUp,
				upSeconds, warningsDown, downSeconds);
		assertThat(mirroredHazards(above.db)).hasSize(hazardsUp + 2);
		assertThat(received(demo.jdbc())).hasSize(warningsDown + 2);
		// the bench warnings leave the shared demo as they found it
		demo.jdbc().sql("delete from warning.warning where title like '联网压测预警%'").update();
	}

	/** The city installation (its region tree and a school of its own) and its beans. */
	static final class City {

		final ConfigurableApplicationContext context;

		final JdbcClient db;

		final Peers peers;

		final ExchangePush push;

		City(ConfigurableApplicationContext context) {
			this.context = context;
			this.db = context.getBean(JdbcClient.class);
			this.peers = context.getBean(Peers.class);
			this.push = context.getBean(ExchangePush.class);
			CityInstallation.seed(context);
		}

		long issue(String title) {
			return CityInstallation.issueWarning(context, title);
		}

	}

	private void cut(City above) {
		cut(above, peers);
	}

	private void restore(City above, ConfigurableApplicationContext city) {
		restore(above, peers, port, city);
	}

	/** Both peers point at a port nobody listens on. */
	static void cut(City above, Peers county) {
		above.peers.save(new SavePeer("xiaoan", "藤县", "http://localhost:1", TENGXIAN, PeerDirection.DOWN, SECRET));
		county.save(cityPeer("http://localhost:1"));
	}

	static void restore(City above, Peers county, int countyPort, ConfigurableApplicationContext city) {
		above.peers.save(county(countyPort));
		county.save(cityPeer("http://localhost:" + SecondInstance.port(city)));
	}

	static SavePeer county(int port) {
		return new SavePeer("xiaoan", "藤县", "http://localhost:" + port, TENGXIAN, PeerDirection.DOWN, SECRET);
	}

	static SavePeer cityPeer(String url) {
		return new SavePeer("city", "梧州市", url, "450400", PeerDirection.UP, SECRET);
	}

	private List<WarningSummary> warningsOfPrincipal(String titlePrefix) {
		return demo.callAs("principal",
				() -> warnings.list().stream().filter(w -> w.title().startsWith(titlePrefix)).toList());
	}

	private static WarningSummary single(List<WarningSummary> list) {
		assertThat(list).hasSize(1);
		return list.get(0);
	}

	/** A hazard of a school of 藤县, reported by the county's bureau. */
	private long report(String title) {
		List<Long> tengxian = demo.schoolsIn(TENGXIAN);
		long school = tengxian.get(tengxian.size() - 1);
		return demo.callAs("tx_safety",
				() -> hazards
					.report(new ReportHazard(school, title, title, "", SafetyCategory.FIRE, HazardSource.AD_HOC, null,
							null, HazardGrade.GENERAL))
					.id());
	}

	static void drain(ExchangePush push, JdbcClient db, long peer) {
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> {
			push.push(peer);
			return pending(db, peer) == 0;
		});
	}

	/**
	 * Runs the first syncs due on this side (the platform's push tick may have taken one
	 * already) and waits until none is left.
	 */
	static void synced(FirstSync firstSync, JdbcClient db) {
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
			firstSync.syncNewPeers();
			return db.sql("select count(*) from exchange.peer where sync_wanted and synced_at is null")
				.query(Long.class)
				.single() == 0;
		});
	}

	static long pending(JdbcClient db, long peer) {
		return db.sql("select count(*) from exchange.outbox where peer_id = :p and sent_at is null")
			.param("p", peer)
			.query(Long.class)
			.single();
	}

	static void awaitOutbox(JdbcClient db, long peer, int count) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> db.sql("select count(*) from exchange.outbox where peer_id = :p")
				.param("p", peer)
				.query(Long.class)
				.single() >= count);
	}

	/** The city's warnings the county received, by their id at the city. */
	private static List<Long> received(JdbcClient county) {
		return county.sql("select remote_id from exchange.received_warning order by remote_id")
			.query(Long.class)
			.list();
	}

	static List<Long> mirroredHazards(JdbcClient city) {
		return city.sql("select hazard_id from exchange.mirrored_hazard order by hazard_id").query(Long.class).list();
	}

}
