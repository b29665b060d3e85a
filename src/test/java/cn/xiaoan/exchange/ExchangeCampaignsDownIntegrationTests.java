package cn.xiaoan.exchange;

import java.util.List;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Rates;
import cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.City;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.SECRET;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.TENGXIAN;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.awaitOutbox;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cut;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.pending;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.restore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Education campaigns (专题教育活动) across installations (ADR 0069): 梧州市's bureau, on its own
 * installation and database, issues a campaign while the link to 藤县 (this platform, the
 * demo) is cut; when it is back the county has it once, read-only, under the city
 * bureau's name, for its own schools; a student below passes the quiz and the county's
 * counts per school come up into the city's rates — the same figures the county shows,
 * never a student; a cut, a replay and an older count change nothing; another city sees
 * nothing.
 */
@PlatformTest
class ExchangeCampaignsDownIntegrationTests extends CampaignsDownFixture {

	/** Titles of this run: the shared demo database outlives a run. */
	static final String RUN = "联网专题" + (System.currentTimeMillis() % 1_000_000) + "：";

	@Override
	String run() {
		return RUN;
	}

	@Test
	void aCityCampaignIsDoneByTheCountysSchoolsAndTheirCountsComeBackUpOnce() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_campaigns",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H",
				"--xiaoan.exchange.campaign-counts-delay=PT1H", "--xiaoan.education.region-rates-cache=0s")) {
			City above = new City(city);
			long down = above.peers.save(county(port));
			long guilin = above.peers
				.save(new SavePeer("guilin", "桂林市", "http://localhost:1", "450300", PeerDirection.DOWN, SECRET));
			long up = peers.save(cityPeer("http://localhost:" + SecondInstance.port(city)));
			var db = below.demo.jdbc();

			// cut: the city issues; nothing arrives, nothing is lost
			cut(above, peers);
			Campaign issued = CampaignsDown.issue(city, RUN + "防溺水专题教育");
			awaitOutbox(above.db, down, 1);
			above.push.push(down);
			assertThat(pending(above.db, down)).isEqualTo(1);
			assertThat(pending(above.db, guilin)).as("another city's installation is not sent it").isZero();
			assertThat(db.sql("select count(*) from exchange.received_campaign").query(Long.class).single()).isZero();

			// back: 藤县 has it, for its own schools, read-only, with the city's dates
			restore(above, peers, port, city);
			drain(above.push, above.db, down);
			Campaign here = below.received(RUN + "防溺水专题教育");
			assertThat(here.issuerName()).isEqualTo(issued.issuerName()).isEqualTo("梧州市教育局");
			assertThat(here.fromAbove()).isEqualTo("梧州市");
			assertThat(here.regionCode()).as("narrowed to the county").isEqualTo(TENGXIAN);
			assertThat(List.of(here.startsOn(), here.endsOn(), here.lessonCode(), here.requiresParent()))
				.isEqualTo(List.of(issued.startsOn(), issued.endsOn(), issued.lessonCode(), true));
			assertThat(below.demo.callAs("principal", () -> below.education.campaigns())).extracting(Campaign::id)
				.as("the county's schools do it")
				.contains(here.id());
			int targeted = below.countyRates(here.id()).assigned();
			assertThat(targeted).isPositive();

			// its schools' first counts (targeted, nothing done) come up at once
			drain(push, db, up);
			Rates cityTotal = CampaignsDown.cityRates(city, issued.id(), "R:450400").self();
			assertThat(cityTotal.assigned()).isEqualTo(targeted);
			assertThat(cityTotal.completed()).isZero();
			Rates.View atCity = CampaignsDown.cityRates(city, issued.id(), "R:450400");
			Rates tengxian = row(atCity, "R:" + TENGXIAN);
			assertThat(tengxian.name()).as("named as 藤县 names itself").isEqualTo("藤县");
			assertThat(atCity.sourceOf(tengxian.unit())).isEqualTo("藤县");

			// cut again: the student passes, the parent confirms; it comes up after the
			// cut
			cut(above, peers);
			below.doneByTheStudent(here);
			below.settle(here.id());
			// (the platform's own minutely job may have queued it already)
			below.countsUp.sendChanged(up);
			assertThat(db.sql("select count(*) from exchange.campaign_count_sent").query(Long.class).single())
				.as("one digest per targeted school of 藤县")
				.isEqualTo(
						db.sql("select count(distinct school_id) from org.class_stage where region_code like '450422%'")
							.query(Long.class)
							.single());
			push.push(up);
			assertThat(pending(db, up)).isPositive();
			assertThat(CampaignsDown.cityRates(city, issued.id(), "R:450400").self().completed()).isZero();
			restore(above, peers, port, city);
			drain(push, db, up);
			Rates county = below.countyRates(here.id());
			Rates.View countyAbove = CampaignsDown.cityRates(city, issued.id(), "R:" + TENGXIAN);
			assertThat(figures(countyAbove.self())).as("the city counts 藤县 as 藤县 does")
				.isEqualTo(figures(county))
				.isEqualTo(figures(row(CampaignsDown.cityRates(city, issued.id(), "R:450400"), "R:" + TENGXIAN)));
			assertThat(county.completed()).isEqualTo(1);
			assertThat(county.passed()).isEqualTo(1);
			assertThat(countyAbove.children().stream().mapToInt(Rates::assigned).sum())
				.as("the units it links to add up to it")
				.isEqualTo(county.assigned());
			assertThat(above.db.sql("select count(*) from exchange.mirrored_campaign_count where completed > 0")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(above.db.sql("select body::text from exchange.receipt where kind = :k")
				.param("k", CampaignCountsUp.COUNTS)
				.query(String.class)
				.list()).as("numbers only: no student's name goes up").noneMatch(b -> b.contains(studentName()));

			// everything sent again, as after lost answers, and the first (older) count
			// copied under a new sequence: nothing is doubled or goes back
			db.sql("update exchange.outbox set sent_at = null").update();
			above.db.sql("update exchange.outbox set sent_at = null").update();
			db.sql("""
					insert into exchange.outbox (peer_id, kind, version, body)
					select peer_id, kind, version, body from exchange.outbox where peer_id = :p and kind = :k
					order by id limit 1""").param("p", up).param("k", CampaignCountsUp.COUNTS).update();
			drain(above.push, above.db, down);
			drain(push, db, up);
			below.received(RUN + "防溺水专题教育");
			assertThat(figures(CampaignsDown.cityRates(city, issued.id(), "R:" + TENGXIAN).self()))
				.isEqualTo(figures(county));
			assertThat(below.countsUp.sendChanged(up)).as("nothing changed since last sent").isZero();

			// the county receives nothing outside its region: such a campaign is parked
			above.db.sql("""
					insert into exchange.outbox (peer_id, kind, version, body)
					select peer_id, kind, version, jsonb_set(jsonb_set(body, '{regionCode}', '"450300"'),
					  '{campaignId}', '999999') from exchange.outbox where peer_id = :p and kind = :k
					order by id limit 1""").param("p", down).param("k", CampaignsFromAbove.ISSUED).update();
			drain(above.push, above.db, down);
			assertThat(db.sql("select state from exchange.receipt where peer_id = :p order by seq desc limit 1")
				.param("p", up)
				.query(String.class)
				.single()).isEqualTo("PARKED");
			assertThat(db.sql("select count(*) from exchange.received_campaign").query(Long.class).single()).isOne();

			// another city's bureau sees neither the campaign nor 藤县's counts
			EducationManagement atTheCity = city.getBean(EducationManagement.class);
			assertThat(CityInstallation.asBureau("450300", atTheCity::campaigns)).extracting(Campaign::id)
				.doesNotContain(issued.id());
			assertThatThrownBy(
					() -> CityInstallation.asBureau("450300", () -> atTheCity.rates(issued.id(), "R:450300")))
				.isInstanceOf(NotFound.class);
			assertThat(CityInstallation.asBureau("450300",
					() -> city.getBean(CampaignCountsBelow.class).schools(issued.id(), "4503")))
				.isEmpty();

			catchUpAfterACut(above, city, down, up);
			ratesWithManySchoolsBelow(city, issued.id(), down);
		}
	}

	/**
	 * The figure of ADR 0069: a cut during which the city issues 10 campaigns; the time
	 * from the link's return until 藤县 has them all (stored, issued to its schools), then
	 * until their schools' first counts are in the city's mirror.
	 */
	private void catchUpAfterACut(City above, ConfigurableApplicationContext city, long down, long up)
			throws Exception {
		cut(above, peers);
		int n = 10;
		for (int i = 1; i <= n; i++) {
			CampaignsDown.issue(city, RUN + "压测专题" + i);
		}
		awaitOutbox(above.db, down, 2 + n);
		restore(above, peers, port, city);
		long started = System.nanoTime();
		drain(above.push, above.db, down);
		double downSeconds = (System.nanoTime() - started) / 1e9;
		long upStarted = System.nanoTime();
		drain(push, below.demo.jdbc(), up);
		double upSeconds = (System.nanoTime() - upStarted) / 1e9;
		long mirrored = above.db.sql("""
				select count(*) from exchange.mirrored_campaign_count m
				where m.campaign_id in (select id from education.campaign where title like :t)""")
			.param("t", RUN + "压测专题%")
			.query(Long.class)
			.single();
		System.out.printf("EXCHANGE-CAMPAIGNS down %d campaigns (stored, issued to the schools) in %.2f s; "
				+ "their %d school counts up in %.2f s%n", n, downSeconds, mirrored, upSeconds);
		assertThat(below.demo.jdbc().sql("select count(*) from exchange.received_campaign").query(Long.class).single())
			.isEqualTo(1L + n);
	}

	/**
	 * The city's rates page of a campaign with 3,000 schools below (a province whose
	 * counties all run their own installations): median of 5 reads, for ADR 0069.
	 */
	private static void ratesWithManySchoolsBelow(ConfigurableApplicationContext city, long campaign, long down) {
		city.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("""
				insert into exchange.mirrored_campaign_count (peer_id, campaign_id, installation, school_id, source,
				  school_name, region_code, classes, classes_assigned, targeted, participated, completed, took, passed,
				  parent_done, parent_asked, counted_at)
				select :p, :c, 'bench', g, '藤县', '压测学校' || g, '450422' || lpad((g % 12 + 1)::text, 3, '0'), 10, 8,
				  400, 300, 200, 250, 240, 100, 400, now()
				from generate_series(1, 3000) g""").param("p", down).param("c", campaign).update();
		long[] nanos = new long[5];
		for (int i = 0; i < nanos.length; i++) {
			long t = System.nanoTime();
			assertThat(CampaignsDown.cityRates(city, campaign, "R:450400").self().assigned()).isGreaterThan(1_200_000);
			nanos[i] = System.nanoTime() - t;
		}
		java.util.Arrays.sort(nanos);
		System.out.printf("EXCHANGE-CAMPAIGN-RATES city's page with 3,000 schools below: median %d ms%n",
				nanos[2] / 1_000_000);
	}

	private static Rates row(Rates.View view, String unit) {
		return view.children().stream().filter(r -> r.unit().equals(unit)).findFirst().orElseThrow();
	}

	private static List<Integer> figures(Rates r) {
		return List.of(r.assigned(), r.participated(), r.completed(), r.took(), r.passed(), r.parentDone(),
				r.parentAsked());
	}

	private String studentName() {
		return below.demo.jdbc()
			.sql("select s.name from people.class_roster s join people.account a on a.person_id = s.student_id "
					+ "where a.username = 'student'")
			.query(String.class)
			.single();
	}

}
