package cn.xiaoan.exchange;

import java.time.Duration;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.City;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.AfterAll;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.awaitility.Awaitility.await;

/**
 * The set-up of the tests of a city's reminders reaching 藤县 (this platform, the demo)
 * (ADR 0084): one city installation for the whole class, with 桂林市 in its tree and the
 * bureau account {@code wz_admin}, linked both ways with 藤县 for each test; a campaign
 * issued above and received below with its first counts up; what the tests count below.
 */
abstract class CampaignRemindersBelowFixture extends CampaignsDownFixture {

	static final String PASSWORD = "Reminders-Below-2026";

	/** One city installation for the rules below, each with its own campaign. */
	static ConfigurableApplicationContext city;

	static City above;

	@AfterAll
	static void cityStops() {
		if (city != null) {
			city.close();
		}
	}

	/** The city's installation, linked both ways with 藤县. */
	record Link(City above, long down, long up) {
	}

	Link linked() throws Exception {
		if (city == null) {
			city = SecondInstance.startInstallation(database, "exchange_reminders_below",
					"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H",
					"--xiaoan.exchange.campaign-counts-delay=PT1H", "--xiaoan.education.region-rates-cache=0s",
					"--xiaoan.admin.initial-password=" + PASSWORD);
			above = new City(city);
			CityInstallation.bureauAccount(city, "wz_admin");
			above.db
				.sql("insert into org.region (code, name, level, parent_code) values "
						+ "('450300', '桂林市', 'CITY', '450000')")
				.update();
			above.db.sql("update people.account set must_change_password = false").update();
		}
		long down = above.peers.save(county(port));
		long up = peers.save(cityPeer("http://localhost:" + SecondInstance.port(city)));
		return new Link(above, down, up);
	}

	/** A campaign as the city issued it and as 藤县 keeps it. */
	record Both(Campaign issued, Campaign here) {
	}

	/**
	 * The campaign issued above, received below, and the first counts of 藤县's schools up.
	 */
	Both issuedAndCounted(Link link, String title) {
		int sent = outboxOf(link.above().db, link.down(), "education.campaign");
		Campaign issued = CampaignsDown.issue(city, run() + title);
		awaitKind(link.above().db, link.down(), "education.campaign", sent + 1);
		drain(link.above().push, link.above().db, link.down());
		Campaign here = below.received(issued.title());
		drain(push, below.demo.jdbc(), link.up());
		return new Both(issued, here);
	}

	static EducationManagement atCity() {
		return city.getBean(EducationManagement.class);
	}

	static void copyUnderANewSequence(JdbcClient db, long peer) {
		db.sql("""
				insert into exchange.outbox (peer_id, kind, version, body)
				select peer_id, kind, version, body from exchange.outbox where peer_id = :p and kind = :k
				order by id limit 1""").param("p", peer).param("k", CampaignRemindersFromAbove.REMINDED).update();
	}

	static int outboxOf(JdbcClient db, long peer, String kind) {
		return db.sql("select count(*) from exchange.outbox where peer_id = :p and kind = :k")
			.param("p", peer)
			.param("k", kind)
			.query(Integer.class)
			.single();
	}

	static void awaitKind(JdbcClient db, long peer, String kind, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> outboxOf(db, peer, kind) >= count);
	}

	/** The schools of 藤县 told to follow the campaign up (one message a school). */
	int told(Campaign here) {
		return toldSchool(here, -1L);
	}

	int toldSchool(Campaign here, long school) {
		return countBelow("""
				select count(*) from notification.message where message_key = 'notify.campaign.behind' and args[1] = :t
				  and (:s = -1 or audience_school_id = :s)""", here.title(), school);
	}

	int claimed(Campaign here) {
		return countBelow("select count(*) from education.school_reminder where campaign_id = :t and :s = -1",
				here.id(), -1L);
	}

	int logged(Campaign here) {
		return countBelow("select count(*) from education.reminder_log where campaign_id = :t and :s = -1", here.id(),
				-1L);
	}

	int countBelow(String sql, Object t, long s) {
		return below.demo.jdbc().sql(sql).param("t", t).param("s", s).query(Integer.class).single();
	}

}
