package cn.xiaoan.exchange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.xiaoan.accident.AccidentKind;
import cn.xiaoan.accident.AccidentManagement;
import cn.xiaoan.accident.AccidentReplay;
import cn.xiaoan.accident.Injury;
import cn.xiaoan.accident.PersonKind;
import cn.xiaoan.accident.ReportAccident;
import cn.xiaoan.accident.Responsibility;
import cn.xiaoan.accident.Severity;
import cn.xiaoan.assessment.AssessmentPeriod;
import cn.xiaoan.bullying.BullyingReports;
import cn.xiaoan.bullying.ReportBullying;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import cn.xiaoan.warning.AcknowledgeWarning;
import cn.xiaoan.warning.WarningManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static cn.xiaoan.exchange.ForwardedRecords.closed;
import static cn.xiaoan.exchange.ForwardedRecords.count;
import static cn.xiaoan.exchange.ForwardedRecords.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A middle installation forwards everything it keeps from below, not only hazards (ADR
 * 0071): an accident reported and closed at 藤县 (this platform), a school's
 * acknowledgement of 梧州市's warning, a bullying case (as counts) and the schools' scores
 * reach 广西's installation through 梧州市's — caught up by a province linked late, then
 * across a cut link — each once, also when 藤县 is the province's peer as well; replays and
 * older counts change nothing and go no further, a record claiming to come from the
 * province is parked there, a bureau of another city sees none of it, no pupil's name
 * leaves the county, and deleting a link keeps what another link still brings.
 */
@PlatformTest
class ExchangeEverythingForwardedIntegrationTests extends CountyBelowFixture {

	static final String RUN = "全转报" + (System.currentTimeMillis() % 1_000_000) + "：";

	static final String[] RELAYED = { MirroredAccidents.RELAYED, AcknowledgementsFromBelow.RELAYED,
			BullyingCountsUp.RELAYED, ScoresBelow.RELAYED };

	static final String[] UP = { MirroredAccidents.REPORTED, MirroredAccidents.CLOSED,
			AcknowledgementsFromBelow.ACKNOWLEDGED, BullyingCountsUp.COUNTS, SchoolScoresUp.SCORES };

	@Autowired
	AccidentManagement accidents;

	@Autowired
	AccidentReplay accidentSteps;

	@Autowired
	BullyingReports bullying;

	@Autowired
	BullyingCountsUp bullyingUp;

	@Autowired
	WarningManagement warnings;

	@Test
	void accidentsAcknowledgementsBullyingCountsAndScoresReachTheProvinceThroughTheCityOnce() throws Exception {
		try (ConfigurableApplicationContext province = SecondInstance.startInstallation(database, "exchange_all_top",
				"--xiaoan.exchange.installation=province", "--xiaoan.exchange.push-delay=PT1H");
				ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_all_middle",
						"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			ForwardingNetwork network = new ForwardingNetwork(province, city);
			JdbcClient top = network.province.db();
			JdbcClient middle = network.city.db();
			long countyUp = county.linkTo(city, "藤县");
			county.sendOpenHazards(countyUp);

			// at the county, while the city has no province yet
			long accident = reportAccident(RUN + "学生在操场摔伤");
			acknowledgeTheCitysWarning(network, countyUp);
			reportBullying();
			AssessmentPeriod quarter = AssessmentPeriod.quarterOf(LocalDate.now(ZoneId.of("Asia/Shanghai")));
			county.score(quarter);
			county.scoresUp.sendChanged(countyUp);
			drain(county.push, demo.jdbc(), countyUp);
			assertThat(closed(middle, accident)).isFalse();
			assertThat(count(middle, "mirrored_acknowledgement")).isEqualTo(1);
			assertThat(count(middle, "mirrored_bullying_count")).isPositive();
			assertThat(count(middle, "mirrored_school_score")).isPositive();

			// the province is linked after: the city's first sync forwards what it keeps
			long cityUp = network.linkCityToProvince();
			network.city.synced();
			network.city.drain(cityUp);
			assertThat(ForwardedRecords.of(top, false)).as("the province keeps what the city keeps")
				.isEqualTo(ForwardedRecords.of(middle, false));

			// the link above the city is cut; below, the accident is closed, another
			// reported, and a second bullying case changes a count
			network.cutCityFromProvince();
			closeAccident(accident);
			long second = reportAccident(RUN + "学生在楼梯扭伤");
			reportBullying();
			drain(county.push, demo.jdbc(), countyUp);
			assertThat(closed(middle, accident)).isTrue();
			network.city.push().push(cityUp);
			assertThat(closed(top, accident)).as("nothing got through the cut link").isFalse();
			assertThat(closed(top, second)).isNull();
			network.restoreCityToProvince();
			network.city.drain(cityUp);
			assertThat(closed(top, accident)).isTrue();
			assertThat(closed(top, second)).isFalse();
			assertThat(ForwardedRecords.of(top, false)).isEqualTo(ForwardedRecords.of(middle, false));
			ForwardedScreens screens = new ForwardedScreens(province, city, quarter);
			screens.countEachOnce(accident);

			replaysAndOlderCountsChangeNothingAndGoNoFurther(network, countyUp, cityUp);
			aRecordReachingTheProvinceByTwoRoutesIsKeptOnce(network, screens, accident);
			aRecordSaidToComeFromTheProvinceIsParkedThere(network, cityUp);
			screens.aBureauOfAnotherCitySeesNone();
			noPupilLeftTheCounty(network);
			new ForwardedAccidentsThroughput(context.getBean(Outbox.class), county, network, countyUp, cityUp)
				.measure();
			deletingALinkKeepsWhatAnotherLinkStillBrings(network);
		}
	}

	/**
	 * Every envelope of the four kinds the county sent, queued again under new sequences
	 * (the older bullying counts and scores among them, after the newer): the city
	 * changes nothing and forwards nothing; every envelope the city forwarded, again: the
	 * province changes nothing, not even a time.
	 */
	private void replaysAndOlderCountsChangeNothingAndGoNoFurther(ForwardingNetwork network, long countyUp,
			long cityUp) {
		JdbcClient top = network.province.db();
		JdbcClient middle = network.city.db();
		List<String> atCity = ForwardedRecords.of(middle, true);
		List<String> atProvince = ForwardedRecords.of(top, true);
		long forwarded = queued(middle, cityUp, RELAYED);
		ForwardedRecords.requeue(demo.jdbc(), countyUp, UP);
		drain(county.push, demo.jdbc(), countyUp);
		assertThat(queued(middle, cityUp, RELAYED)).as("nothing new to forward").isEqualTo(forwarded);
		assertThat(ForwardedRecords.of(middle, true)).isEqualTo(atCity);
		ForwardedRecords.requeue(middle, cityUp, RELAYED);
		network.city.drain(cityUp);
		assertThat(ForwardedRecords.of(top, true)).isEqualTo(atProvince);
	}

	/**
	 * 藤县 links the province directly as well and sends what its first sync sends (open
	 * accidents, bullying counts) and its scores: each is still one record there.
	 */
	private void aRecordReachingTheProvinceByTwoRoutesIsKeptOnce(ForwardingNetwork network, ForwardedScreens screens,
			long accident) {
		JdbcClient top = network.province.db();
		List<String> before = ForwardedRecords.of(top, false);
		long direct = network.linkCountyToProvince(county.peers, port);
		county.peers.wantFirstSync(direct);
		county.sendOpenHazards(direct);
		county.scoresUp.sendChanged(direct);
		drain(county.push, demo.jdbc(), direct);
		assertThat(ForwardedRecords.of(top, false)).as("one row each, whichever route came first").isEqualTo(before);
		screens.countEachOnce(accident);
	}

	private void aRecordSaidToComeFromTheProvinceIsParkedThere(ForwardingNetwork network, long cityUp) {
		Map<String, Object> circle = ForwardedAccidentsThroughput.accident(9_999_999, "province");
		network.city.context().getBean(Outbox.class).enqueueTo(cityUp, MirroredAccidents.RELAYED, circle);
		network.city.drain(cityUp);
		assertThat(network.province.db()
			.sql("select state from exchange.receipt where kind = :k and body ->> 'origin' = 'province'")
			.param("k", MirroredAccidents.RELAYED)
			.query(String.class)
			.list()).containsExactly("PARKED");
	}

	/**
	 * Of what left the county and went on up, nothing names a pupil: not the victim of
	 * the accident, not those of the bullying cases, not the accident's account (the
	 * city's warning going down carries its title, which is not checked).
	 */
	private void noPupilLeftTheCounty(ForwardingNetwork network) {
		network.nothingThatLeftTheCountyNamesAPupil(demo.jdbc(), RUN);
		for (JdbcClient db : List.of(network.city.db(), network.province.db())) {
			String seen = String.join("\n", db.sql("""
							select o.body::text from exchange.outbox o join exchange.peer p on p.id = o.peer_id
					where p.direction = 'UP'
					union all select r.body::text from exchange.receipt r join exchange.peer p on p.id = r.peer_id
					where p.direction = 'DOWN'""").query(String.class).list());
			assertThat(seen).contains("accidentId", "cases", "schemeId", "acknowledgedAt")
				.doesNotContain("罗思琪", "黄志明", "摔伤", "扭伤", RUN);
		}
	}

	/**
	 * The province deletes the city's link: 藤县's records whose last change came through
	 * the city stay, since 藤县 still sends them directly; then 藤县's link: nothing else
	 * brings them, they go.
	 */
	private void deletingALinkKeepsWhatAnotherLinkStillBrings(ForwardingNetwork network) {
		JdbcClient top = network.province.db();
		ExchangeManagement exchange = network.province.context().getBean(ExchangeManagement.class);
		List<String> kept = ForwardedRecords.of(top, false);
		long hazards = count(top, "mirrored_hazard");
		long viaCity = top.sql("""
				select count(*) from exchange.mirrored_accident a join exchange.peer p on p.id = a.peer_id
				where a.origin = 'xiaoan' and p.installation = 'city'""").query(Long.class).single();
		assertThat(viaCity).as("some came last through the city").isPositive();
		long city = network.province.peers().byInstallation("city").orElseThrow().id();
		CityInstallation.asAdmin(() -> {
			exchange.deletePeer(city);
			return null;
		});
		assertThat(ForwardedRecords.of(top, false)).isEqualTo(kept);
		assertThat(count(top, "mirrored_hazard")).isEqualTo(hazards);
		long tengxian = network.province.peers().byInstallation("xiaoan").orElseThrow().id();
		CityInstallation.asAdmin(() -> {
			exchange.deletePeer(tengxian);
			return null;
		});
		assertThat(ForwardedRecords.of(top, false)).isEmpty();
		assertThat(count(top, "mirrored_hazard")).isZero();
	}

	private long reportAccident(String account) {
		long school = demo.schoolOf("principal");
		long pupil = demo.jdbc()
			.sql("select id from people.student where school_id = :s order by id limit 1")
			.param("s", school)
			.query(Long.class)
			.single();
		long before = queued(demo.jdbc(), county.peers.byInstallation("city").orElseThrow().id(),
				MirroredAccidents.REPORTED);
		long id = demo.callAs("principal",
				() -> accidents
					.report(new ReportAccident(school, LocalDateTime.now().minusHours(1).withNano(0), "操场",
							AccidentKind.CAMPUS_INJURY, Severity.GENERAL, account, "送医", null, false, true,
							List.of(new ReportAccident.Victim(PersonKind.STUDENT, pupil, null, "七年级", 13,
									Injury.MINOR))))
					.id());
		awaitQueued(MirroredAccidents.REPORTED, before + 1);
		return id;
	}

	private void closeAccident(long id) {
		long before = queued(demo.jdbc(), cityUp(), MirroredAccidents.CLOSED);
		demo.runAs("principal", () -> {
			accidentSteps.determine(id, Responsibility.NOT_AT_FAULT, "场地无安全隐患");
			accidentSteps.close(id, "已结案", Instant.now());
		});
		awaitQueued(MirroredAccidents.CLOSED, before + 1);
	}

	/** 梧州市 warns its region; the county's school acknowledges the warning. */
	private void acknowledgeTheCitysWarning(ForwardingNetwork network, long countyUp) {
		JdbcClient middle = network.city.db();
		long cityDown = network.city.peers().byInstallation("xiaoan").orElseThrow().id();
		CityInstallation.issueWarning(network.city.context(), RUN + "暴雨橙色预警");
		await().atMost(Duration.ofSeconds(30)).until(() -> queued(middle, cityDown, WarningsFromAbove.ISSUED) > 0);
		drain(network.city.push(), middle, cityDown);
		long here = demo
			.callAs("principal", () -> warnings.list().stream().filter(w -> w.title().startsWith(RUN)).toList())
			.get(0)
			.id();
		demo.runAs("principal",
				() -> warnings.acknowledge(here, new AcknowledgeWarning(List.of(1, 2), Map.of(1, "已疏通排水沟"), "已落实")));
		awaitQueued(AcknowledgementsFromBelow.ACKNOWLEDGED, 1);
	}

	/** A bullying case at the county naming two pupils, and the counts sent. */
	private void reportBullying() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		demo.callAs("safety", () -> bullying
			.report(new ReportBullying(null, today, "食堂", RUN + "被索要零花钱", "罗思琪", "八年级", "黄志明", "八年级", "", "", today)));
		// (the hourly job may take its turn meanwhile: either way the count is sent once)
		bullyingUp.sendChanged(cityUp());
	}

	private long cityUp() {
		return county.peers.byInstallation("city").orElseThrow().id();
	}

	private void awaitQueued(String kind, long n) {
		await().atMost(Duration.ofSeconds(30)).until(() -> queued(demo.jdbc(), cityUp(), kind) >= n);
	}

}
