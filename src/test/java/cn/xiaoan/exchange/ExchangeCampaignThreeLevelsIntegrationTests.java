package cn.xiaoan.exchange;

import java.util.List;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.education.Rates;
import cn.xiaoan.exchange.ExchangeThreeLevelsIntegrationTests.Installation;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.SECRET;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.awaitOutbox;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three installations (ADR 0069): the province (广西) issues a campaign; the city (梧州市),
 * which keeps it for its own schools, passes it on to the county (藤县, this platform with
 * the demo); the county's counts go up to the city, which sends them on with its own, so
 * the province's rates count 藤县's schools, marked as 藤县's — once, however often
 * everything is resent; ended early by the province, it closes at the city and, through
 * it, at the county (ADR 0070).
 */
@PlatformTest
class ExchangeCampaignThreeLevelsIntegrationTests extends CampaignsDownFixture {

	static final String RUN = "三级专题" + (System.currentTimeMillis() % 1_000_000) + "：";

	@Override
	String run() {
		return RUN;
	}

	@Test
	void aProvinceCampaignReachesTheCountyThroughTheCityAndItsCountsComeBackToTheProvince() throws Exception {
		try (ConfigurableApplicationContext province = SecondInstance.startInstallation(database, "campaign_province",
				"--xiaoan.exchange.installation=province", "--xiaoan.exchange.push-delay=PT1H",
				"--xiaoan.exchange.campaign-counts-delay=PT1H");
				ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "campaign_middle",
						"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H",
						"--xiaoan.exchange.campaign-counts-delay=PT1H")) {
			CityInstallation.seed(province);
			CityInstallation.seed(city);
			Installation top = new Installation(province);
			Installation middle = new Installation(city);
			long provinceDown = top.peers()
				.save(new SavePeer("city", "梧州市", url(city), "450400", PeerDirection.DOWN, SECRET));
			long cityUp = middle.peers()
				.save(new SavePeer("province", "广西", url(province), "450000", PeerDirection.UP, SECRET));
			long cityDown = middle.peers().save(county(port));
			long countyUp = peers.save(cityPeer(url(city)));

			// down: the province issues; the city keeps it and passes it on
			Campaign issued = CityInstallation.asBureau("450000",
					() -> province.getBean(EducationManagement.class)
						.issue(new IssueCampaign(RUN + "防溺水专题教育", "", "DROWNING", java.time.LocalDate.now(),
								java.time.LocalDate.now().plusDays(10), true, null)));
			awaitOutbox(top.db(), provinceDown, 1);
			drain(top.push(), top.db(), provinceDown);
			Campaign atCity = CityInstallation.asBureau("450400",
					() -> city.getBean(EducationManagement.class)
						.campaigns()
						.stream()
						.filter(c -> c.title().equals(issued.title()))
						.findFirst()
						.orElseThrow());
			assertThat(atCity.regionCode()).isEqualTo("450400");
			assertThat(atCity.fromAbove()).isEqualTo("广西");
			awaitOutbox(middle.db(), cityDown, 1);
			drain(middle.push(), middle.db(), cityDown);
			Campaign here = below.received(issued.title());
			assertThat(here.fromAbove()).isEqualTo("梧州市");
			assertThat(here.issuerName()).as("the province bureau issued it").isEqualTo(issued.issuerName());

			// up: the student passes; the county sends, the city sends on
			below.doneByTheStudent(here);
			below.settle(here.id());
			below.countsUp.sendChanged(countyUp);
			drain(push, below.demo.jdbc(), countyUp);
			city.getBean(CampaignCountsUp.class).sendChanged(cityUp);
			drain(middle.push(), middle.db(), cityUp);
			Rates county = below.countyRates(here.id());
			Rates.View atProvince = provinceRates(province, issued.id());
			assertThat(figures(atProvince.self())).isEqualTo(figures(county));
			Rates wuzhou = atProvince.children()
				.stream()
				.filter(r -> r.unit().equals("R:450400"))
				.findFirst()
				.orElseThrow();
			assertThat(atProvince.sourceOf(wuzhou.unit())).isEqualTo("藤县");
			assertThat(wuzhou.completed()).isEqualTo(1);

			// everything sent again on all three: nothing is doubled
			for (Installation i : List.of(top, middle)) {
				i.db().sql("update exchange.outbox set sent_at = null").update();
			}
			below.demo.jdbc().sql("update exchange.outbox set sent_at = null").update();
			drain(top.push(), top.db(), provinceDown);
			drain(middle.push(), middle.db(), cityDown);
			drain(push, below.demo.jdbc(), countyUp);
			drain(middle.push(), middle.db(), cityUp);
			below.received(issued.title());
			assertThat(figures(provinceRates(province, issued.id()).self())).isEqualTo(figures(county));
			assertThat(top.db()
				.sql("select count(distinct school_id) from exchange.mirrored_campaign_count")
				.query(Long.class)
				.single())
				.isEqualTo(below.demo.jdbc()
					.sql("select count(distinct school_id) from org.class_stage where region_code like '450422%'")
					.query(Long.class)
					.single());

			// the province ends it early: the city, then through it the county, close
			// their copies with the province's reason and time
			Campaign ended = CityInstallation.asBureau("450000",
					() -> province.getBean(EducationManagement.class).endEarly(issued.id(), "全省统一提前结束"));
			awaitOutbox(top.db(), provinceDown, 2);
			drain(top.push(), top.db(), provinceDown);
			Campaign cityCopy = CityInstallation.asBureau("450400",
					() -> city.getBean(EducationManagement.class).campaign(atCity.id()));
			assertThat(cityCopy.endedEarly()).isTrue();
			org.awaitility.Awaitility.await()
				.until(() -> middle.db()
					.sql("select count(*) from exchange.outbox where peer_id = :p and kind = :k")
					.param("p", cityDown)
					.param("k", CampaignClosingsFromAbove.ENDED)
					.query(Long.class)
					.single() == 1);
			drain(middle.push(), middle.db(), cityDown);
			Campaign countyCopy = below.received(issued.title());
			assertThat(countyCopy.endedEarly()).isTrue();
			assertThat(countyCopy.closing().reason()).isEqualTo("全省统一提前结束");
			assertThat(countyCopy.closing().at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
				.isEqualTo(ended.closing().at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		}
	}

	private static Rates.View provinceRates(ConfigurableApplicationContext province, long campaign) {
		return CityInstallation.asBureau("450000",
				() -> province.getBean(EducationManagement.class).rates(campaign, "R:450000"));
	}

	private static List<Integer> figures(Rates r) {
		return List.of(r.assigned(), r.participated(), r.completed(), r.took(), r.passed(), r.parentDone(),
				r.parentAsked());
	}

	private static String url(ConfigurableApplicationContext instance) {
		return "http://localhost:" + SecondInstance.port(instance);
	}

}
