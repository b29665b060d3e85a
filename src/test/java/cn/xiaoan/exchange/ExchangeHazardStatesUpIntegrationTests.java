package cn.xiaoan.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.analytics.AnalyticsManagement;
import cn.xiaoan.analytics.Figures;
import cn.xiaoan.analytics.HazardAnalysis;
import cn.xiaoan.analytics.Period;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.HazardStatus;
import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.hazard.LedgerElsewhere;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A hazard's later state goes up (ADR 0066): the county (this platform, with the demo)
 * rectifies and closes one hazard and lets another run past its deadline; the city (its
 * own database) then counts the first as closed and the second as overdue, on the
 * ledger's figures, in the lists they open and in its analysis. A state older than the
 * one kept, arriving late, and any state resent change nothing; a bureau of another city
 * sees none of it; a peer synced before states travelled receives the states of what it
 * holds.
 */
@PlatformTest
class ExchangeHazardStatesUpIntegrationTests extends CountyBelowFixture {

	/** Titles of this run: the shared demo database outlives a run. */
	static final String RUN = "状态上报" + (System.currentTimeMillis() % 1_000_000) + "：";

	@Autowired
	HazardManagement hazards;

	@Autowired
	Outbox outbox;

	@Test
	void aHazardClosedBelowIsClosedAboveAnOverdueOneIsOverdueAboveAndNoOlderOrResentStateChangesThat()
			throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_states",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			ExchangeBothWaysIntegrationTests.City above = new ExchangeBothWaysIntegrationTests.City(city);
			long up = county.linkTo(city, "藤县");
			county.sendOpenHazards(up);
			assertThat(above.db.sql("select count(*) from exchange.mirrored_hazard where status_version < 0")
				.query(Long.class)
				.single()).as("the first sync sends each open hazard's state").isZero();

			LedgerElsewhere ledger = city.getBean(LedgerElsewhere.class);
			AnalyticsManagement analytics = city.getBean(AnalyticsManagement.class);
			// deadlines are Beijing days, as the installations' clocks count them
			LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
			Period year = Period.of(String.valueOf(today.getYear()), null, null, today);
			LedgerElsewhere.Filter all = LedgerElsewhere.Filter.of("", null, year.from(), year.to());
			LedgerElsewhere.Figures before = CityInstallation.asBureau(() -> ledger.figures(all));
			Figures analysedBefore = CityInstallation.asBureau(() -> analytics.hazards(year, null, null)).current();

			// below: one hazard through its whole lifecycle to 销号, another past its
			// deadline
			long school = demo.schoolOf("principal");
			long closed = report(school, RUN + "楼梯扶手松动");
			demo.runAs("safety", () -> {
				hazards.register(closed);
				hazards.grade(closed, HazardGrade.GENERAL, today.plusDays(5));
				hazards.startRectification(closed);
				hazards.completeRectification(closed, "已加固");
			});
			demo.runAs("principal", () -> {
				hazards.verify(closed, true, "验收合格");
				hazards.close(closed);
			});
			long overdue = report(school, RUN + "消防通道堵塞");
			demo.runAs("safety", () -> {
				hazards.register(overdue);
				hazards.grade(overdue, HazardGrade.GENERAL, today);
			});
			// its deadline has passed (as days do); the next step tells it up
			demo.jdbc()
				.sql("update hazard.hazard set deadline = :d where id = :id")
				.param("d", today.minusDays(3))
				.param("id", overdue)
				.update();
			demo.runAs("safety", () -> hazards.startRectification(overdue));
			awaitEnvelopes(up, MirroredHazards.STATUS, closed, 7);
			awaitEnvelopes(up, MirroredHazards.STATUS, overdue, 4);
			awaitEnvelopes(up, MirroredHazards.REPORTED, closed, 1);
			awaitEnvelopes(up, MirroredHazards.REPORTED, overdue, 1);
			drain(county.push, demo.jdbc(), up);

			// above: closed, overdue, each counted where it belongs
			assertThat(state(above.db, closed)).containsExactly("CLOSED", 6L, today.plusDays(5).toString(), true);
			assertThat(state(above.db, overdue)).containsExactly("RECTIFYING", 3L, today.minusDays(3).toString(),
					false);
			LedgerElsewhere.Figures after = CityInstallation.asBureau(() -> ledger.figures(all));
			assertThat(after.hazards()).isEqualTo(before.hazards() + 2);
			assertThat(after.open()).isEqualTo(before.open() + 1);
			assertThat(after.fixed()).isEqualTo(before.fixed() + 1);
			assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
			eachFigureIsTheCountOfTheListItOpens(ledger, all, after, number(closed), number(overdue));

			HazardAnalysis analysed = CityInstallation.asBureau(() -> analytics.hazards(year, null, null));
			assertThat(analysed.current().hazards()).isEqualTo(analysedBefore.hazards() + 2);
			assertThat(analysed.current().done()).isEqualTo(analysedBefore.done() + 1);
			assertThat(analysed.current().open()).isEqualTo(analysedBefore.open() + 1);
			assertThat(analysed.current().medianDaysToClose()).as("closed below, days to close known").isNotNull();
			HazardAnalysis.UnitRow tengxian = analysed.byUnit()
				.stream()
				.filter(u -> u.key().equals(ExchangeBothWaysIntegrationTests.TENGXIAN))
				.findFirst()
				.orElseThrow();
			assertThat(tengxian.done()).isEqualTo(analysed.current().done());
			assertThat(tengxian.rectificationRate())
				.isEqualTo(Math.round(1000.0 * tengxian.done() / tengxian.hazards()) / 10.0);

			anOlderStateArrivingLateOrAStateResentChangesNothing(above.db, up, closed);
			aBureauOfAnotherCitySeesNoneOfIt(city, ledger, all, year);
			aPeerSyncedBeforeStatesTravelledReceivesTheStatesOfWhatItHolds(above.db, up, overdue);
			new HazardStatesThroughput(outbox, county).measure(above.db, up, ledger, all);
		}
	}

	/** ADR 0063: a card's figure is the count of the list its link opens. */
	private static void eachFigureIsTheCountOfTheListItOpens(LedgerElsewhere ledger, LedgerElsewhere.Filter all,
			LedgerElsewhere.Figures figures, String closed, String overdue) {
		LedgerElsewhere.Filter open = new LedgerElsewhere.Filter("", null, all.from(), all.to(), null, null, true, null,
				null);
		LedgerElsewhere.Filter late = new LedgerElsewhere.Filter("", null, all.from(), all.to(), null, null, null, true,
				null);
		LedgerElsewhere.Filter done = new LedgerElsewhere.Filter("", null, all.from(), all.to(), HazardStatus.CLOSED,
				null, null, null, null);
		CityInstallation.asBureau(() -> {
			assertThat(ledger.count(all)).isEqualTo(figures.hazards());
			assertThat(ledger.count(open)).isEqualTo(figures.open());
			assertThat(ledger.count(late)).isEqualTo(figures.overdue());
			List<LedgerElsewhere.Row> lateRows = ledger.newest(late, 0, 200);
			assertThat(lateRows).hasSize((int) Math.min(200, figures.overdue()))
				.allSatisfy(r -> assertThat(r.overdue()).isTrue());
			assertThat(lateRows).extracting(LedgerElsewhere.Row::number).contains(overdue);
			assertThat(ledger.newest(open, 0, 200)).extracting(LedgerElsewhere.Row::number).doesNotContain(closed);
			assertThat(ledger.newest(done, 0, 200)).filteredOn(r -> r.number().equals(closed))
				.singleElement()
				.satisfies(r -> assertThat(r.status()).isEqualTo(HazardStatus.CLOSED));
			return null;
		});
	}

	/** The state of {@code version} of the hazard queued again, under a new sequence. */
	private void resendState(long up, long hazard, int version) {
		ForwardingNetwork.resend(demo.jdbc(), up, MirroredHazards.STATUS, hazard, version);
	}

	private void anOlderStateArrivingLateOrAStateResentChangesNothing(JdbcClient city, long up, long hazard) {
		List<Object> kept = stateWithTime(city, hazard);
		// the state of version 3 (rectification started) again, after version 6
		// (closed), under a new sequence
		resendState(up, hazard, 3);
		drain(county.push, demo.jdbc(), up);
		assertThat(stateWithTime(city, hazard)).as("an older state arriving late").isEqualTo(kept);
		// the newest state again under a new sequence, then every envelope as sent
		resendState(up, hazard, 6);
		long mirrored = count(city);
		demo.jdbc().sql("update exchange.outbox set sent_at = null").update();
		drain(county.push, demo.jdbc(), up);
		assertThat(stateWithTime(city, hazard)).as("a state resent").isEqualTo(kept);
		assertThat(count(city)).isEqualTo(mirrored);
	}

	private void aBureauOfAnotherCitySeesNoneOfIt(ConfigurableApplicationContext city, LedgerElsewhere ledger,
			LedgerElsewhere.Filter all, Period year) {
		// 桂林市's bureau, on the same installation
		assertThat(CityInstallation.asBureau("450300", () -> ledger.figures(all)))
			.isEqualTo(LedgerElsewhere.Figures.NONE);
		assertThat(CityInstallation.asBureau("450300",
				() -> ledger.newest(LedgerElsewhere.Filter.of("4504", null, year.from(), year.to()), 0, 50)))
			.isEmpty();
		assertThatThrownBy(() -> CityInstallation.asBureau("450300",
				() -> city.getBean(AnalyticsManagement.class).hazards(year, "450400", null)))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> CityInstallation.asBureau("450300",
				() -> city.getBean(FiguresBelow.class).daysToClose("4504", year.from(), year.to())))
			.isInstanceOf(AccessDenied.class);
	}

	/**
	 * As a city that mirrored 藤县's hazards before states travelled: they are as reported;
	 * the county sends the states of what the city may hold, once, adding no hazard.
	 */
	private void aPeerSyncedBeforeStatesTravelledReceivesTheStatesOfWhatItHolds(JdbcClient city, long up, long hazard) {
		long mirrored = count(city);
		city.sql("update exchange.mirrored_hazard set status = 'REPORTED', status_version = -1, deadline = null")
			.update();
		demo.jdbc().sql("update exchange.peer set status_synced_at = null where id = :p").param("p", up).update();
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			county.firstSync.syncNewPeers();
			return demo.jdbc()
				.sql("select status_synced_at is not null from exchange.peer where id = :p")
				.param("p", up)
				.query(Boolean.class)
				.single();
		});
		drain(county.push, demo.jdbc(), up);
		assertThat(count(city)).isEqualTo(mirrored);
		assertThat(city.sql("select count(*) from exchange.mirrored_hazard where status_version < 0")
			.query(Long.class)
			.single()).as("every hazard of 藤县 above has its state again").isZero();
		assertThat(state(city, hazard)).first().isEqualTo("RECTIFYING");
		assertThat(county.firstSync.syncNewPeers()).as("once").isZero();
	}

	private long report(long school, String title) {
		return demo.callAs("safety",
				() -> hazards
					.report(new ReportHazard(school, title, title, "", SafetyCategory.FIRE, HazardSource.AD_HOC, null,
							null, HazardGrade.GENERAL))
					.id());
	}

	/**
	 * Waits until the county's outbox holds the hazard's envelopes of a kind (a state per
	 * change).
	 */
	private void awaitEnvelopes(long up, String kind, long hazard, int envelopes) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> demo.jdbc()
				.sql("""
						select count(*) from exchange.outbox
						where peer_id = :p and kind = :k and body ->> 'hazardId' = :h""")
				.param("p", up)
				.param("k", kind)
				.param("h", String.valueOf(hazard))
				.query(Long.class)
				.single() >= envelopes);
	}

	private static String number(long id) {
		return HazardSummary.number(id);
	}

	/** Status, version, deadline and whether closed, of a hazard mirrored above. */
	private static List<Object> state(JdbcClient city, long hazard) {
		return city.sql("""
				select status, status_version, cast(deadline as text), closed_at is not null
				from exchange.mirrored_hazard where hazard_id = :h""")
			.param("h", hazard)
			.query((rs, n) -> List.<Object>of(rs.getString(1), rs.getLong(2),
					rs.getString(3) == null ? "" : rs.getString(3), rs.getBoolean(4)))
			.single();
	}

	private static List<Object> stateWithTime(JdbcClient city, long hazard) {
		List<Object> state = new java.util.ArrayList<>(state(city, hazard));
		state.add(city.sql("select cast(updated_at as text) from exchange.mirrored_hazard where hazard_id = :h")
			.param("h", hazard)
			.query(String.class)
			.single());
		return state;
	}

	private static long count(JdbcClient city) {
		return city.sql("select count(*) from exchange.mirrored_hazard").query(Long.class).single();
	}

}
