package cn.xiaoan.exchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import cn.xiaoan.accident.AccidentKind;
import cn.xiaoan.accident.AccidentManagement;
import cn.xiaoan.accident.Injury;
import cn.xiaoan.accident.PersonKind;
import cn.xiaoan.accident.ReportAccident;
import cn.xiaoan.accident.Severity;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two installations on this machine, each with its own database: this platform (a
 * county's, with the demo) and a second one acting as the city above it. The link is cut,
 * hazards are reported meanwhile, the link comes back, and the city ends with every
 * hazard exactly once; a replayed batch changes nothing, and nothing sent up (hazards,
 * accident reports, bullying counts) names a student.
 */
@PlatformTest
class ExchangeAcrossInstallationsIntegrationTests {

	static final String SECRET = "a-shared-secret-of-the-two-bureaus";

	@Autowired
	EmbeddedServer database;

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	Peers peers;

	@Autowired
	ExchangePush push;

	@Autowired
	Outbox outbox;

	@Autowired
	AccidentManagement accidents;

	@Autowired
	BullyingCountsUp bullyingCounts;

	@LocalServerPort
	int port;

	@AfterEach
	void noPeersLeft() {
		// the shared platform of the other tests is a single installation again
		demo.jdbc().sql("delete from exchange.peer").update();
	}

	@Test
	void aLinkDownForAWhileCatchesUpWithNothingLostOrDoubled() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_city",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			JdbcClient cityDb = city.getBean(JdbcClient.class);
			city.getBean(Peers.class)
				.save(new SavePeer("xiaoan", "county", "http://localhost:" + port, "450422", PeerDirection.DOWN,
						SECRET));
			long up = peers.save(new SavePeer("city", "city", "http://localhost:" + SecondInstance.port(city), "450400",
					PeerDirection.UP, SECRET));

			// each report goes up as two envelopes: the report and its state (ADR 0066)
			long first = report("联网测试：围墙裂缝");
			awaitQueued(2);
			drain(up);
			assertThat(mirrored(cityDb)).containsExactly(first);

			// the link is cut: pushes fail, nothing is lost and the operator sees the
			// error
			peers.save(new SavePeer("city", "city", "http://localhost:1", "450400", PeerDirection.UP, SECRET));
			long second = report("联网测试：灭火器过期");
			long third = report("联网测试：楼梯扶手松动");
			awaitQueued(6);
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				push.push(up);
				return peers.statuses().get(0).lastErrorAt() != null;
			});
			PeerStatus down = peers.statuses().get(0);
			assertThat(down.pending()).isEqualTo(4);
			assertThat(down.lastErrorAt()).isNotNull();
			assertThat(mirrored(cityDb)).containsExactly(first);

			// the link is back
			peers.save(new SavePeer("city", "city", "http://localhost:" + SecondInstance.port(city), "450400",
					PeerDirection.UP, SECRET));
			drain(up);
			assertThat(peers.statuses().get(0).pending()).isZero();

			// everything is sent again, as after a lost answer: the receipts keep it
			// single
			demo.jdbc().sql("update exchange.outbox set sent_at = null").update();
			drain(up);
			assertThat(mirrored(cityDb)).containsExactlyInAnyOrder(first, second, third);
			assertThat(cityDb.sql("select count(*) from exchange.receipt").query(Long.class).single()).isEqualTo(6);

			// the figure of ADR 0056: envelopes per second through outbox, HTTP and
			// receipt
			int n = 2000;
			for (int i = 1; i <= n; i++) {
				outbox.enqueue(PeerDirection.UP, MirroredHazards.REPORTED,
						java.util.Map.of("hazardId", 1_000_000 + i, "number", "YH" + i, "schoolId", 1, "schoolName",
								"bench", "regionCode", "450422001", "category", "FIRE", "reportedAt",
								"2026-12-01T08:00:00+08:00"));
			}
			long started = System.nanoTime();
			drain(up);
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("EXCHANGE-THROUGHPUT %d envelopes in %.2f s = %.0f/s%n", n, seconds, n / seconds);
			assertThat(mirrored(cityDb)).hasSize(n + 3);
		}
	}

	@Test
	void nothingSentUpNamesAStudentOfTheDemo() throws Exception {
		long up = peers.save(new SavePeer("city", "city", "http://localhost:1", "450400", PeerDirection.UP, SECRET));
		var student = demo.jdbc()
			.sql("select name, student_no from people.student order by id limit 1")
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.single();
		report("学生" + student.get(0) + "（学号" + student.get(1) + "）在楼梯摔倒");
		long school = demo.schoolOf("principal2");
		long pupil = demo.jdbc()
			.sql("select id from people.student where school_id = :s order by id limit 1")
			.param("s", school)
			.query(Long.class)
			.single();
		demo.runAs("principal2",
				() -> accidents.report(new ReportAccident(school, LocalDateTime.now().minusHours(1).withNano(0), "操场",
						AccidentKind.CAMPUS_INJURY, Severity.GENERAL,
						"学生" + student.get(0) + "（学号" + student.get(1) + "）摔伤", "送医", null, false, true,
						List.of(new ReportAccident.Victim(PersonKind.STUDENT, pupil, null, "七年级", 13, Injury.MINOR)))));
		awaitQueued(3);
		assertThat(bullyingCounts.sendChanged(up)).as("bullying goes up as counts").isPositive();
		String sent = String.join("\n",
				demo.jdbc().sql("select body::text from exchange.outbox").query(String.class).list());
		List<List<String>> students = demo.jdbc()
			.sql("select name, student_no, id_card_masked from people.student")
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		assertThat(students).isNotEmpty();
		for (List<String> s : students) {
			for (String fact : s) {
				if (fact != null && fact.length() >= 2) {
					assertThat(sent).as("an envelope going up").doesNotContain(fact);
				}
			}
		}
		assertThat(demo.jdbc().sql("select kind from exchange.outbox").query(String.class).list()).contains(
				MirroredHazards.REPORTED, MirroredHazards.STATUS, MirroredAccidents.REPORTED, BullyingCountsUp.COUNTS);
		assertThat(sent).contains("hazardId").contains("CAMPUS_INJURY").doesNotContain("楼梯摔倒").doesNotContain("摔伤");
	}

	@Test
	void aRequestWithoutTheSharedSecretIsRefusedAndAnUnknownKindIsParked() throws Exception {
		peers.save(new SavePeer("lower", "lower", "http://localhost:1", "450422", PeerDirection.DOWN, SECRET));
		String batch = """
				{"from":"lower","future":"ignored","envelopes":[{"seq":7,"kind":"campaign.launched","v":2,"body":{}}]}""";
		assertThat(post(batch, "another-secret-of-sixteen").statusCode()).isEqualTo(401);
		HttpResponse<String> accepted = post(batch, SECRET);
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).contains("\"last\":7").contains("\"parked\":1");
		assertThat(post(batch, SECRET).body()).as("a replay").contains("\"parked\":0");
		assertThat(demo.jdbc().sql("select state from exchange.receipt").query(String.class).list())
			.containsExactly("PARKED");
	}

	private HttpResponse<String> post(String batch, String secret) throws Exception {
		byte[] body = batch.getBytes(StandardCharsets.UTF_8);
		long now = Instant.now().getEpochSecond();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ExchangePush.PATH))
				.header("Content-Type", "application/json")
				.header(Signature.INSTALLATION, "lower")
				.header(Signature.TIMESTAMP, Long.toString(now))
				.header(Signature.SIGNATURE, Signature.sign(secret, "req", "lower", now, body))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A hazard of a school of 藤县 (the region the city's peer serves), reported by the
	 * county's bureau.
	 */
	private long report(String title) {
		List<Long> tengxian = demo.schoolsIn("450422");
		long school = tengxian.get(tengxian.size() - 1);
		return demo.callAs("tx_safety",
				() -> hazards
					.report(new ReportHazard(school, title, title, "", SafetyCategory.FIRE, HazardSource.AD_HOC, null,
							null, HazardGrade.GENERAL))
					.id());
	}

	/**
	 * Pushes until nothing waits; the platform's own push job may take a batch meanwhile
	 * (the peer row lock lets one of them at a time).
	 */
	private void drain(long peer) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
			push.push(peer);
			return demo.jdbc()
				.sql("select count(*) from exchange.outbox where peer_id = :p and sent_at is null")
				.param("p", peer)
				.query(Long.class)
				.single() == 0;
		});
	}

	private void awaitQueued(int count) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> demo.jdbc().sql("select count(*) from exchange.outbox").query(Long.class).single() >= count);
	}

	private static List<Long> mirrored(JdbcClient db) {
		return db.sql("select hazard_id from exchange.mirrored_hazard order by hazard_id").query(Long.class).list();
	}

}
