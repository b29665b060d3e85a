package cn.xiaoan.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Homework;
import cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.City;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.awaitOutbox;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cut;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.pending;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.restore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A campaign of 梧州市's bureau withdrawn (撤回) or ended early (提前结束) while the link to 藤县
 * (this platform, the demo) is cut (ADR 0070): when the link is back 藤县's copy is closed
 * once, with the city's reason and time, its schools are told once, what the student did
 * still counts above and below, and nothing new is taken; every envelope sent again, an
 * end arriving after the withdrawal and a withdrawal twice change nothing; a release that
 * does not know the new kinds parks them.
 */
@PlatformTest
class ExchangeCampaignClosingsIntegrationTests extends CampaignsDownFixture {

	static final String RUN = "联网撤回" + (System.currentTimeMillis() % 1_000_000) + "：";

	@Override
	String run() {
		return RUN;
	}

	@Test
	void campaignsWithdrawnOrEndedWhileTheLinkIsCutAreClosedOnceBelowWhenItIsBack() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_closings",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H",
				"--xiaoan.exchange.campaign-counts-delay=PT1H")) {
			City above = new City(city);
			EducationManagement cityEducation = city.getBean(EducationManagement.class);
			long down = above.peers.save(county(port));
			long up = peers.save(cityPeer("http://localhost:" + SecondInstance.port(city)));
			JdbcClient db = below.demo.jdbc();
			Campaign mistaken = CampaignsDown.issue(city, RUN + "误发的专题");
			Campaign stopped = CampaignsDown.issue(city, RUN + "提前结束的专题");
			awaitOutbox(above.db, down, 2);
			drain(above.push, above.db, down);
			Campaign stoppedHere = below.received(stopped.title());
			Homework done = below.doneByTheStudent(stoppedHere);
			below.settle(stoppedHere.id());

			// cut: the city ends one early, and ends then withdraws the other
			cut(above, peers);
			Campaign ended = CityInstallation.asBureau(() -> cityEducation.endEarly(stopped.id(), "因台风停课，提前结束"));
			CityInstallation.asBureau(() -> cityEducation.endEarly(mistaken.id(), "先结束"));
			Campaign withdrawn = CityInstallation.asBureau(() -> cityEducation.withdraw(mistaken.id(), "误发，以省厅通知为准"));
			awaitOutbox(above.db, down, 5);
			above.push.push(down);
			assertThat(pending(above.db, down)).isEqualTo(3);
			assertThat(below.received(mistaken.title()).open()).as("nothing arrives while cut").isTrue();

			// back: each copy is closed as above, with the city's reason and time
			restore(above, peers, port, city);
			long started = System.nanoTime();
			drain(above.push, above.db, down);
			double seconds = (System.nanoTime() - started) / 1e9;
			Campaign withdrawnHere = below.received(mistaken.title());
			Campaign endedHere = below.received(stopped.title());
			System.out.printf("EXCHANGE-CAMPAIGN-CLOSINGS 3 closings queued during a cut closed below in %.2f s%n",
					seconds);
			assertThat(withdrawnHere.withdrawn()).isTrue();
			assertThat(withdrawnHere.closing().reason()).isEqualTo("误发，以省厅通知为准");
			assertThat(withdrawnHere.closing().at().truncatedTo(ChronoUnit.MILLIS))
				.isEqualTo(withdrawn.closing().at().truncatedTo(ChronoUnit.MILLIS));
			assertThat(endedHere.endedEarly()).isTrue();
			assertThat(endedHere.closing().reason()).isEqualTo("因台风停课，提前结束");
			assertThat(endedHere.closing().at().truncatedTo(ChronoUnit.MILLIS))
				.isEqualTo(ended.closing().at().truncatedTo(ChronoUnit.MILLIS));
			await().untilAsserted(() -> assertThat(told("notify.campaign.withdrawn", mistaken.title()))
				.as("each targeted school told once")
				.isEqualTo(told("notify.campaign.issued", mistaken.title())));
			assertThat(told("notify.campaign.ended", stopped.title()))
				.isEqualTo(told("notify.campaign.issued", stopped.title()));
			assertThatThrownBy(() -> below.demo.callAs("student", () -> below.education.studied(done.id())))
				.isInstanceOf(BusinessRuleViolation.class)
				.extracting(e -> ((BusinessRuleViolation) e).fieldErrors().values())
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
				.containsExactly("homework.campaign.closed.ENDED");
			assertThat(below.demo.callAs("student", () -> below.education.myHomework()))
				.as("the withdrawn campaign's homework leaves the list")
				.noneMatch(h -> h.title().contains(mistaken.title()));

			// what the student did still counts, below and above; its counts go up once
			// more
			drain(push, db, up);
			assertThat(below.countyRates(endedHere.id()).completed()).isOne();
			assertThat(CampaignsDown.cityRates(city, stopped.id(), "R:450400").self().completed()).isOne();
			assertThat(db.sql("select ends_on from exchange.received_campaign where local_id = :l")
				.param("l", endedHere.id())
				.query(LocalDate.class)
				.single()).as("its counts stop a week after the day it closed").isEqualTo(LocalDate.now());

			// the end and the withdrawal of one campaign are queued by two asynchronous
			// listeners, so either may arrive first: ended then withdrawn is two changes,
			// withdrawn first leaves the end refused as coming after it; both end
			// withdrawn
			int auditedOnce = closingsAudited(withdrawnHere.id());
			assertThat(auditedOnce).as("the withdrawal, after the end if that came first").isBetween(1, 2);
			// everything sent again; an end arriving after the withdrawal; the withdrawal
			// twice
			above.db.sql("update exchange.outbox set sent_at = null").update();
			above.db.sql("""
					insert into exchange.outbox (peer_id, kind, version, body)
					select peer_id, kind, version, body from exchange.outbox where peer_id = :p and kind = any(:k)
					order by id""")
				.param("p", down)
				.param("k", new String[] { CampaignClosingsFromAbove.ENDED, CampaignClosingsFromAbove.WITHDRAWN })
				.update();
			drain(above.push, above.db, down);
			assertThat(below.received(mistaken.title()).closing()).isEqualTo(withdrawnHere.closing());
			assertThat(below.received(stopped.title()).closing()).isEqualTo(endedHere.closing());
			assertThat(closingsAudited(withdrawnHere.id())).as("replays change nothing").isEqualTo(auditedOnce);
			assertThat(closingsAudited(endedHere.id())).isOne();
			Thread.sleep(500);
			assertThat(told("notify.campaign.withdrawn", mistaken.title()))
				.isEqualTo(told("notify.campaign.issued", mistaken.title()));

			previousReleaseParksTheNewKinds(db);
		}
	}

	/**
	 * A release without {@link CampaignClosingsFromAbove} (the one before this) keeps the
	 * envelope parked instead of refusing the batch.
	 */
	private void previousReleaseParksTheNewKinds(JdbcClient db) {
		List<EnvelopeKinds> older = context.getBeansOfType(EnvelopeKinds.class)
			.values()
			.stream()
			.filter(k -> !(k instanceof CampaignClosingsFromAbove))
			.toList();
		ExchangeReceipts previous = new ExchangeReceipts(peers, db, older, context.getBean(ObjectMapper.class),
				context.getBean(Clock.class));
		Peers.Peer city = peers.byInstallation("city").orElseThrow();
		byte[] batch = ("{\"envelopes\":[{\"seq\":900001,\"kind\":\"" + CampaignClosingsFromAbove.WITHDRAWN
				+ "\",\"v\":1,\"body\":{\"campaignId\":1,\"at\":\"2026-12-02T02:00:00Z\",\"reason\":\"误发\"}}]}")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		ExchangeReceipts.Answer answer = below.demo.callAs("tx_admin", () -> previous.receive(city, batch));
		assertThat(answer.parked()).isOne();
		assertThat(db.sql("select state from exchange.receipt where peer_id = :p and seq = 900001")
			.param("p", city.id())
			.query(String.class)
			.single()).isEqualTo("PARKED");
	}

	private int told(String key, String title) {
		return below.demo.jdbc()
			.sql("select count(*) from notification.message where message_key = :k and args[1] = :t")
			.param("k", key)
			.param("t", title)
			.query(Integer.class)
			.single();
	}

	private int closingsAudited(long campaign) {
		return below.demo.jdbc().sql("""
				select count(*) from audit.entry where entity_type = 'education.campaign' and entity_id = :id
				and action = 'UPDATE'""").param("id", String.valueOf(campaign)).query(Integer.class).single();
	}

}
