package cn.xiaoan.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Homework;
import cn.xiaoan.education.Rates;
import cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.City;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.TENGXIAN;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.awaitOutbox;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trend of a campaign above counts the schools below day by day (ADR 0079): 梧州市
 * issues a campaign, two students of a 藤县 school (this platform, the demo) complete it on
 * two different days — one yesterday at 07:30 北京时间, still the day before in UTC — and the
 * city's per-day series has them on those days, the same series 藤县 draws, its last day
 * the page's totals; a resend, a replay and an older count change nothing; a school whose
 * installation sends totals only is left out of the trend and said so; another city's
 * bureau gets nothing.
 */
@PlatformTest
class ExchangeCampaignTrendIntegrationTests extends CampaignsDownFixture {

	static final String RUN = "联网趋势" + (System.currentTimeMillis() % 1_000_000) + "：";

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Override
	String run() {
		return RUN;
	}

	@Test
	void theCitysTrendCountsTheCountysSchoolsOnTheirBeijingDaysAndAResendChangesNothing() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_trend",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H",
				"--xiaoan.exchange.campaign-counts-delay=PT1H", "--xiaoan.education.region-rates-cache=0s")) {
			City above = new City(city);
			long down = above.peers.save(county(port));
			long up = peers.save(cityPeer("http://localhost:" + SecondInstance.port(city)));
			var db = below.demo.jdbc();
			Campaign issued = CampaignsDown.issue(city, RUN + "防溺水专题教育");
			awaitOutbox(above.db, down, 1);
			drain(above.push, above.db, down);
			Campaign here = below.received(RUN + "防溺水专题教育");
			// its schools' first counts (nothing done yet) go up at once
			drain(push, db, up);

			LocalDate today = LocalDate.now(BEIJING);
			LocalDate yesterday = today.minusDays(1);
			assertThat(here.startsOn()).isEqualTo(yesterday);
			Homework hw = below.doneByTheStudent(here);
			OffsetDateTime early = yesterday.atTime(7, 30).atZone(BEIJING).toOffsetDateTime();
			assertThat(early.toInstant().atZone(ZoneId.of("UTC")).toLocalDate()).as("the day before in UTC")
				.isBefore(yesterday);
			below.anotherStudentDoneAt(hw, here.id(), early);
			below.countsUp.sendChanged(up);
			drain(push, db, up);

			Rates.Trend county = below.demo.callAs("tx_admin",
					() -> below.education.trendOf(here.id(), "R:" + TENGXIAN));
			Rates.Trend atCity = cityTrend(city, issued.id(), "R:450400");
			assertThat(atCity.sourcesBelow()).as("labelled with where it comes from").containsExactly("藤县");
			assertThat(atCity.schoolsLeftOut()).isZero();
			assertThat(atCity.points()).extracting(Rates.TrendPoint::day).containsExactly(yesterday, today);
			assertThat(atCity.points()).extracting(p -> p.rates().completed())
				.as("one completed yesterday (北京时间), the second today")
				.containsExactly(1, 2);
			assertThat(atCity.points()).extracting(p -> p.rates().passed()).containsExactly(1, 2);
			assertThat(series(atCity)).as("the city draws 藤县 as 藤县 does")
				.isEqualTo(series(county))
				.isEqualTo(series(cityTrend(city, issued.id(), "R:" + TENGXIAN)));
			Rates total = CampaignsDown.cityRates(city, issued.id(), "R:450400").self();
			assertThat(figures(atCity.points().get(1).rates())).as("its last day is the page's totals")
				.isEqualTo(figures(total));
			assertThat(above.db.sql("select count(*) from exchange.mirrored_campaign_day").query(Long.class).single())
				.as("numbers per school per day, two days of one school")
				.isEqualTo(2L);

			// sent again: nothing changed below; everything replayed and the first
			// (older)
			// count copied under a new sequence: the series stays
			assertThat(below.countsUp.sendChanged(up)).as("nothing changed since last sent").isZero();
			db.sql("update exchange.outbox set sent_at = null").update();
			db.sql("""
					insert into exchange.outbox (peer_id, kind, version, body)
					select peer_id, kind, version, body from exchange.outbox where peer_id = :p and kind = :k
					order by id limit 1""").param("p", up).param("k", CampaignCountsUp.COUNTS).update();
			drain(push, db, up);
			assertThat(series(cityTrend(city, issued.id(), "R:450400"))).isEqualTo(series(atCity));

			// a school whose installation sends totals only (a previous release): in the
			// totals, left out of the trend and its 应参与, and said so
			Peers.Peer county450422 = above.peers.byId(down).orElseThrow();
			assertThat(city.getBean(CampaignCountsUp.class)
				.apply(county450422, CampaignCountsUp.COUNTS,
						city.getBean(ObjectMapper.class)
							.valueToTree(Map.of("campaignId", issued.id(), "schools", List.of(totalsOnly())))))
				.isTrue();
			Rates.Trend withOld = cityTrend(city, issued.id(), "R:450400");
			assertThat(withOld.schoolsLeftOut()).isOne();
			assertThat(series(withOld)).isEqualTo(series(atCity));
			assertThat(CampaignsDown.cityRates(city, issued.id(), "R:450400").self().assigned())
				.isEqualTo(total.assigned() + 40);

			// another city's bureau: neither the campaign nor 藤县's days
			EducationManagement atTheCity = city.getBean(EducationManagement.class);
			assertThatThrownBy(
					() -> CityInstallation.asBureau("450300", () -> atTheCity.trendOf(issued.id(), "R:450300")))
				.isInstanceOf(NotFound.class);
			CampaignCountsBelow mirror = city.getBean(CampaignCountsBelow.class);
			assertThat(CityInstallation.asBureau("450300", () -> mirror.days(issued.id(), "4503"))).isEmpty();
			assertThatThrownBy(() -> CityInstallation.asBureau("450300", () -> mirror.days(issued.id(), "4504")))
				.isInstanceOf(AccessDenied.class);
		}
	}

	private static Rates.Trend cityTrend(ConfigurableApplicationContext city, long campaign, String unit) {
		return CityInstallation.asBureau(() -> city.getBean(EducationManagement.class).trendOf(campaign, unit));
	}

	/** Each day with its figures (应参与 to parents asked), not the unit's name. */
	private static List<List<Object>> series(Rates.Trend trend) {
		return trend.points().stream().map(p -> {
			List<Object> day = new java.util.ArrayList<>();
			day.add(p.day());
			day.addAll(figures(p.rates()));
			return day;
		}).toList();
	}

	private static List<Integer> figures(Rates r) {
		return List.of(r.assigned(), r.participated(), r.completed(), r.took(), r.passed(), r.parentDone(),
				r.parentAsked());
	}

	/** A school of 藤县 as a previous release sends it: totals, no days. */
	private static Map<String, Object> totalsOnly() {
		return Map.ofEntries(Map.entry("installation", ""), Map.entry("source", ""), Map.entry("schoolId", 987_001L),
				Map.entry("name", "藤县旧版平台学校"), Map.entry("regionCode", TENGXIAN), Map.entry("regionNames", Map.of()),
				Map.entry("classes", 1), Map.entry("classesAssigned", 1), Map.entry("targeted", 40),
				Map.entry("participated", 10), Map.entry("completed", 5), Map.entry("took", 8), Map.entry("passed", 8),
				Map.entry("parentDone", 3), Map.entry("parentAsked", 40),
				Map.entry("countedAt", Instant.now().toString()));
	}

}
