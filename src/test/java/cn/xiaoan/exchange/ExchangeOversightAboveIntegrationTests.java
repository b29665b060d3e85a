package cn.xiaoan.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.analytics.AnalyticsManagement;
import cn.xiaoan.analytics.HazardAnalysis;
import cn.xiaoan.analytics.Period;
import cn.xiaoan.assessment.AssessmentPeriod;
import cn.xiaoan.assessment.RankedRegion;
import cn.xiaoan.assessment.RankedSchool;
import cn.xiaoan.assessment.Ranking;
import cn.xiaoan.assessment.RankingElsewhere;
import cn.xiaoan.assessment.Rankings;
import cn.xiaoan.hazard.LedgerElsewhere;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.TENGXIAN;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The county (this platform, with the demo) seen on the oversight screens of its city
 * (its own database): its school scores ranked with the city's schools, read-only and
 * marked with their source, a resend changing nothing; its hazards counted into the
 * city's analysis by region and category; the city's ledger counting them beside its own
 * figures as its list shows them.
 */
@PlatformTest
class ExchangeOversightAboveIntegrationTests extends CountyBelowFixture {

	@Test
	void theCountysSchoolScoresRankAtTheCityReadOnlyMarkedWithTheirSourceAndAResendNeverDuplicates() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_scores",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			ExchangeBothWaysIntegrationTests.City above = new ExchangeBothWaysIntegrationTests.City(city);
			long up = county.linkTo(city, "藤县");
			AssessmentPeriod quarter = AssessmentPeriod.quarterOf(LocalDate.now());
			county.score(quarter);
			SchoolScoresUp scoresUp = county.scoresUp;

			// (the hourly job may take its turn meanwhile: either way each score is sent
			// once)
			scoresUp.sendChanged(up);
			await().atMost(Duration.ofSeconds(60)).until(() -> sentScores(up) == scoresOfRecentSchemes());
			drain(county.push, demo.jdbc(), up);
			long tengxian = countySchoolScores();
			assertThat(tengxian).as("the county's scores, no other region's").isPositive();
			assertThat(mirroredScores(above.db)).isEqualTo(tengxian);

			// nothing changed: nothing sent; everything sent again: nothing doubled above
			assertThat(scoresUp.sendChanged(up)).isZero();
			long queued = queuedScores(up);
			demo.jdbc().sql("delete from exchange.school_score_sent").update();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				scoresUp.sendChanged(up);
				return sentScores(up) == scoresOfRecentSchemes();
			});
			assertThat(queuedScores(up)).as("sent again").isGreaterThan(queued);
			drain(county.push, demo.jdbc(), up);
			assertThat(mirroredScores(above.db)).isEqualTo(tengxian);

			// the city's own scheme ranks its school with the county's, each at its place
			long scheme = CityInstallation.defineScheme(city, quarter.from().getYear());
			Rankings rankings = city.getBean(Rankings.class);
			long fromBelow = above.db
				.sql("select count(distinct school_id) from exchange.mirrored_school_score where period_key = :p")
				.param("p", quarter.key())
				.query(Long.class)
				.single();
			assertThat(fromBelow).isPositive();
			Ranking ranking = CityInstallation.asBureau(() -> rankings.of(scheme, quarter, null, 0));
			List<RankedSchool> all = CityInstallation.asBureau(() -> rankings.all(scheme, quarter, null));
			assertThat(ranking.schoolCount()).isEqualTo(1 + fromBelow);
			assertThat(all).hasSize((int) (1 + fromBelow));
			assertThat(all).filteredOn(s -> s.elsewhere() == null).hasSize(1);
			assertThat(all).allSatisfy(
					s -> assertThat(s.rank()).isEqualTo(1 + all.stream().filter(o -> o.total() > s.total()).count()));
			assertThat(ranking.schools()).extracting(RankedSchool::schoolName, RankedSchool::rank, RankedSchool::total)
				.containsExactlyElementsOf(all.subList(0, ranking.schools().size())
					.stream()
					.map(s -> org.assertj.core.groups.Tuple.tuple(s.schoolName(), s.rank(), s.total()))
					.toList());
			assertThat(all).filteredOn(s -> s.elsewhere() != null).allSatisfy(s -> {
				assertThat(s.source()).isEqualTo("藤县");
				assertThat(s.regionCode()).startsWith(TENGXIAN);
				RankingElsewhere.School below = s.elsewhere();
				assertThat(below.indicators()).isNotEmpty();
				assertThat(below.indicators().stream().mapToDouble(RankingElsewhere.Indicator::points).sum())
					.as("the points per indicator make the total")
					.isCloseTo(s.total(), within(0.01 * below.indicators().size()));
			});
			RankedRegion county = ranking.regions()
				.stream()
				.filter(r -> r.code().equals(TENGXIAN))
				.findFirst()
				.orElseThrow();
			assertThat(county.source()).isEqualTo("藤县");
			assertThat(county.schools()).isEqualTo((int) fromBelow);

			// the figure of ADR 0062: a province's worth of schools below (3,000) ranked
			// with the city's, a page in the middle
			long peer = above.db.sql("select id from exchange.peer").query(Long.class).single();
			long none = time(() -> CityInstallation.asBureau(() -> rankings.of(scheme, quarter, null, 0)));
			above.db
				.sql("""
						insert into exchange.mirrored_school_score (peer_id, origin, origin_name, origin_region, scheme_id,
						  period_key, school_id, scheme_name, year, school_name, region_code, total, figures, indicators)
						select :peer, 'bench', 'bench', '450422', 999, p, 100000 + g, 'scheme', :year, 'school ' || g, '450422' || lpad(cast(100 + g % 20 as text), 3, '0'),
						       round(cast(50 + (g * 37) % 500 / 10.0 as numeric), 2), '{}', '[]'
						from generate_series(1, 3000) g cross join (values (:p), (:pp)) v(p)""")
				.param("peer", peer)
				.param("year", quarter.from().getYear())
				.param("p", quarter.key())
				.param("pp", quarter.previous().key())
				.update();
			above.db.sql("analyze exchange.mirrored_school_score").update();
			long many = time(() -> CityInstallation.asBureau(() -> rankings.of(scheme, quarter, null, 30)));
			System.out.printf("EXCHANGE-RANKING-ABOVE city ranking page: %d ms with %d schools from below,"
					+ " %d ms with 3,000 more (median of 5)%n", none, fromBelow, many);
		}
	}

	@Test
	void theCountysHazardsCountInTheCitysAnalysisAndBesideItsLedgerFiguresAsTheListShowsThem() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_figures",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			ExchangeBothWaysIntegrationTests.City above = new ExchangeBothWaysIntegrationTests.City(city);
			county.sendOpenHazards(county.linkTo(city, "藤县"));

			Period year = Period.of(String.valueOf(LocalDate.now().getYear()), null, null, LocalDate.now());
			long found = above.db.sql("""
					select count(*) from exchange.mirrored_hazard
					where reported_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai'
					  and reported_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'Asia/Shanghai'""")
				.param("from", year.from())
				.param("to", year.to())
				.query(Long.class)
				.single();
			assertThat(found).as("the county's open hazards of this year went up").isPositive();

			HazardAnalysis a = CityInstallation
				.asBureau(() -> city.getBean(AnalyticsManagement.class).hazards(year, null, null));
			assertThat(a.current().elsewhere()).isEqualTo(found);
			assertThat(a.sources()).containsExactly("藤县");
			assertThat(a.byCategory().stream().mapToLong(HazardAnalysis.CategoryRow::elsewhere).sum()).isEqualTo(found);
			assertThat(a.byMonth().stream().mapToLong(HazardAnalysis.MonthRow::elsewhere).sum()).isEqualTo(found);
			HazardAnalysis.UnitRow county = a.byUnit()
				.stream()
				.filter(u -> u.key().equals(TENGXIAN))
				.findFirst()
				.orElseThrow();
			assertThat(county.source()).isEqualTo("藤县");
			assertThat(county.elsewhere()).isEqualTo(found);
			assertThat(county.onlyElsewhere()).as("its records live below").isTrue();

			// the county's own analysis at the city: its schools, none of them a local
			// school
			HazardAnalysis below = CityInstallation
				.asBureau(() -> city.getBean(AnalyticsManagement.class).hazards(year, TENGXIAN, null));
			assertThat(below.byUnit()).isNotEmpty()
				.allSatisfy(u -> assertThat(u.href()).as("its records live below").isNull());
			assertThat(below.byUnit().stream().mapToLong(HazardAnalysis.UnitRow::hazards).sum()).isEqualTo(found);

			// the ledger's count beside its figures agrees with the list it links to
			LedgerElsewhere ledger = city.getBean(LedgerElsewhere.class);
			long counted = CityInstallation.asBureau(() -> ledger.count("", null, year.from(), year.to()));
			List<LedgerElsewhere.Row> listed = CityInstallation
				.asBureau(() -> ledger.newest("", null, year.from(), year.to(), 0, 200));
			assertThat(counted).isEqualTo(found).isEqualTo(listed.size());

			// the figure of ADR 0062: a county's year of hazards mirrored (100,000), the
			// city's analysis computed afresh (as the leader screen does once a minute)
			cn.xiaoan.shared.SafetyCategory[] categories = cn.xiaoan.shared.SafetyCategory.values();
			String[] codes = java.util.Arrays.stream(categories).map(Enum::name).toArray(String[]::new);
			long peer = above.db.sql("select id from exchange.peer").query(Long.class).single();
			long none = time(() -> CityInstallation
				.asBureau(() -> city.getBean(AnalyticsManagement.class).hazards(year, null, null)));
			above.db
				.sql("""
						insert into exchange.mirrored_hazard (peer_id, origin, origin_name, origin_region, hazard_id, number,
						  school_id, school_name, region_code, category, grade, reported_at)
						select :peer, p.installation, p.name, p.region_code, 10000000 + g, 'X' || g, 1 + g % 300, 'school ' || (1 + g % 300), '450422' || lpad(cast(100 + g % 20 as text), 3, '0'),
						       (cast(:codes as varchar[]))[1 + g % :n], case when g % 50 = 0 then 'MAJOR' else 'GENERAL' end,
						       cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai' + (g % 360) * interval '1 day'
						from generate_series(1, 100000) g join exchange.peer p on p.id = :peer""")
				.param("peer", peer)
				.param("codes", codes)
				.param("n", codes.length)
				.param("from", year.from())
				.update();
			above.db.sql("analyze exchange.mirrored_hazard").update();
			long many = time(() -> CityInstallation
				.asBureau(() -> city.getBean(AnalyticsManagement.class).hazards(year, null, null)));
			System.out.printf("EXCHANGE-ANALYSIS-ABOVE city analysis of a year: %d ms without mirrored hazards,"
					+ " %d ms with %d mirrored (median of 5)%n", none, many, found + 100000);
		}
	}

	/** The median of 5 runs, in milliseconds. */
	private static long time(Runnable run) {
		long[] ms = new long[5];
		for (int i = 0; i < ms.length; i++) {
			long started = System.nanoTime();
			run.run();
			ms[i] = (System.nanoTime() - started) / 1_000_000;
		}
		java.util.Arrays.sort(ms);
		return ms[2];
	}

	private long scoresOfRecentSchemes() {
		return demo.jdbc().sql("""
				select count(*) from assessment.school_score c join assessment.scheme s on s.id = c.scheme_id
				where s.year >= :year""").param("year", LocalDate.now().getYear() - 1).query(Long.class).single();
	}

	private long countySchoolScores() {
		return demo.jdbc()
			.sql("""
					select count(*) from assessment.school_score c join assessment.scheme s on s.id = c.scheme_id
					where s.year >= :year and c.region_code like '450422%'""")
			.param("year", LocalDate.now().getYear() - 1)
			.query(Long.class)
			.single();
	}

	private long sentScores(long peer) {
		return demo.jdbc()
			.sql("select count(*) from exchange.school_score_sent where peer_id = :p")
			.param("p", peer)
			.query(Long.class)
			.single();
	}

	private long queuedScores(long peer) {
		return demo.jdbc()
			.sql("select count(*) from exchange.outbox where peer_id = :p and kind = :k")
			.param("p", peer)
			.param("k", SchoolScoresUp.SCORES)
			.query(Long.class)
			.single();
	}

	private static long mirroredScores(JdbcClient city) {
		return city.sql("select count(*) from exchange.mirrored_school_score").query(Long.class).single();
	}

}
