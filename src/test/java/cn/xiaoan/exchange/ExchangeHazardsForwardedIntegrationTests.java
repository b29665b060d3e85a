package cn.xiaoan.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.hazard.LedgerElsewhere;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static cn.xiaoan.exchange.ForwardingNetwork.kept;
import static cn.xiaoan.exchange.ForwardingNetwork.queued;
import static cn.xiaoan.exchange.ForwardingNetwork.updatedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A middle installation forwards what it mirrors (ADR 0068): a major hazard found at 藤县
 * (this platform), listed there for 挂牌督办 and later accepted and closed, reaches 广西's
 * installation through 梧州市's — with its 督办, once, after a link linked late and a link
 * cut, and once also when 藤县 is the province's peer as well; no older state overwrites a
 * newer, no replay doubles anything or is forwarded again, a bureau of another city sees
 * none of it, and nothing naming a pupil leaves the county.
 */
@PlatformTest
class ExchangeHazardsForwardedIntegrationTests extends CountyBelowFixture {

	/** Titles of this run: the shared demo database outlives a run. */
	static final String RUN = "转报" + (System.currentTimeMillis() % 1_000_000) + "：";

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	HazardManagement hazards;

	@Autowired
	MockMvc mvc;

	@Test
	void aHazardUnderSupervisionAtTheCountyReachesTheProvinceThroughTheCityOnceWithItsSupervision() throws Exception {
		try (ConfigurableApplicationContext province = SecondInstance.startInstallation(database, "exchange_fwd_top",
				"--xiaoan.exchange.installation=province", "--xiaoan.exchange.push-delay=PT1H");
				ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_fwd_middle",
						"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			ForwardingNetwork network = new ForwardingNetwork(province, city);
			JdbcClient top = network.province.db();
			JdbcClient middle = network.city.db();
			long countyUp = county.linkTo(city, "藤县");
			county.sendOpenHazards(countyUp);

			// below: a major hazard, its title naming a pupil, listed for 督办 by 藤县
			List<String> pupil = demo.jdbc()
				.sql("select name, student_no from people.student order by id limit 1")
				.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
				.single();
			long hazard = county.supervisedMajor(mvc, RUN + "学生" + pupil.get(0) + "（学号" + pupil.get(1) + "）所在教室外墙开裂");
			awaitStates(countyUp, hazard, 4);
			ExchangeBothWaysIntegrationTests.drain(county.push, demo.jdbc(), countyUp);
			assertThat(kept(middle, hazard)).containsExactly(1L, "xiaoan", "藤县", "GRADED", 3L, "COUNTY", false,
					"SCHOOL");

			// the province is linked after: the city's first sync forwards what it
			// mirrors
			long cityUp = network.linkCityToProvince();
			network.city.synced();
			assertThat(queued(middle, cityUp, HazardMirror.RELAYED)).as("every hazard the city mirrors")
				.isEqualTo(middle.sql("select count(*) from exchange.mirrored_hazard").query(Long.class).single());
			network.city.drain(cityUp);
			assertThat(kept(top, hazard)).containsExactly(1L, "xiaoan", "藤县", "GRADED", 3L, "COUNTY", false, "SCHOOL");
			LedgerElsewhere ledger = province.getBean(LedgerElsewhere.class);
			LedgerElsewhere.Filter supervised = new LedgerElsewhere.Filter("", null, null, null, null, null, null, null,
					true);
			assertThat(asProvince(() -> ledger.newest(supervised, 0, 200)))
				.filteredOn(r -> r.number().equals(number(hazard)))
				.singleElement()
				.satisfies(r -> {
					assertThat(r.supervised()).isTrue();
					assertThat(r.source()).isEqualTo("藤县");
					assertThat(r.deadline()).as("as below, where the 督办 shortened it")
						.isEqualTo(demo.jdbc()
							.sql("select deadline from hazard.hazard where id = :id")
							.param("id", hazard)
							.query(LocalDate.class)
							.single())
						.isBeforeOrEqualTo(TODAY.plusDays(10));
				});

			// the link above the city is cut; below, the hazard is rectified, accepted on
			// site by the supervising bureau and closed
			network.cutCityFromProvince();
			rectifyAcceptAndClose(hazard);
			// states of the plan, the start, the completion, the acceptance and the
			// closing
			awaitStates(countyUp, hazard, 9);
			ExchangeBothWaysIntegrationTests.drain(county.push, demo.jdbc(), countyUp);
			assertThat(kept(middle, hazard)).element(3).isEqualTo("CLOSED");
			network.city.push().push(cityUp);
			assertThat(kept(top, hazard)).as("nothing got through the cut link").element(3).isEqualTo("GRADED");
			network.restoreCityToProvince();
			network.city.drain(cityUp);
			List<Object> closed = kept(middle, hazard);
			assertThat(closed).containsExactly(1L, "xiaoan", "藤县", "CLOSED", closed.get(4), "COUNTY", true, "SCHOOL");
			assertThat(kept(top, hazard)).as("the province keeps what the city keeps").isEqualTo(closed);
			assertThat(asProvince(() -> ledger.newest(supervised, 0, 200))).as("督办 ended with 销号")
				.noneMatch(r -> r.number().equals(number(hazard)));
			assertThat(asProvince(() -> province.getBean(ExchangeManagement.class).mirroredHazards(500)))
				.filteredOn(h -> h.number().equals(number(hazard)))
				.singleElement()
				.satisfies(h -> {
					assertThat(h.peerName()).isEqualTo("藤县");
					assertThat(h.supervised()).isFalse();
					assertThat(h.supervisedByKey()).isEqualTo("exchange.escalation.COUNTY");
					assertThat(h.supervisionAcceptedAt()).isNotNull();
				});

			anOlderStateOrAReplayChangesNothingAndIsForwardedNoFurther(network, countyUp, cityUp, hazard);
			aHazardReachingTheProvinceByTwoRoutesIsKeptOnce(network, countyUp, cityUp);
			aBureauOfAnotherCitySeesNoneOfIt(province, ledger);
			network.nothingThatLeftTheCountyNamesAPupil(demo.jdbc(), RUN);
			new ForwardingThroughput(county, context.getBean(Outbox.class), network, countyUp, cityUp).measure();
		}
	}

	private void anOlderStateOrAReplayChangesNothingAndIsForwardedNoFurther(ForwardingNetwork network, long countyUp,
			long cityUp, long hazard) {
		JdbcClient top = network.province.db();
		JdbcClient middle = network.city.db();
		List<Object> before = kept(top, hazard);
		String touched = updatedAt(top, hazard);
		long forwarded = queued(middle, cityUp, HazardMirror.RELAYED);
		// the state of the listing (version 3) again, after the closing, under a new
		// sequence; then everything sent again on both links
		ForwardingNetwork.resend(demo.jdbc(), countyUp, MirroredHazards.STATUS, hazard, 3);
		ExchangeBothWaysIntegrationTests.drain(county.push, demo.jdbc(), countyUp);
		demo.jdbc().sql("update exchange.outbox set sent_at = null").update();
		ExchangeBothWaysIntegrationTests.drain(county.push, demo.jdbc(), countyUp);
		assertThat(queued(middle, cityUp, HazardMirror.RELAYED)).as("nothing new to forward").isEqualTo(forwarded);
		// the city's forwarding of the listing again, after that of the closing; then
		// everything it forwarded sent again
		ForwardingNetwork.resend(middle, cityUp, HazardMirror.RELAYED, hazard, 3);
		network.city.drain(cityUp);
		middle.sql("update exchange.outbox set sent_at = null").update();
		network.city.drain(cityUp);
		assertThat(kept(top, hazard)).isEqualTo(before);
		assertThat(updatedAt(top, hazard)).as("not even touched").isEqualTo(touched);
	}

	/**
	 * 藤县 links the province directly as well: a hazard found now reaches it both ways and
	 * is kept once, under the installation it lives at.
	 */
	private void aHazardReachingTheProvinceByTwoRoutesIsKeptOnce(ForwardingNetwork network, long countyUp,
			long cityUp) {
		long direct = network.linkCountyToProvince(county.peers, port);
		long hazard = report(RUN + "食堂燃气管道老化");
		awaitStates(direct, hazard, 1);
		awaitStates(countyUp, hazard, 1);
		ExchangeBothWaysIntegrationTests.drain(county.push, demo.jdbc(), direct);
		ExchangeBothWaysIntegrationTests.drain(county.push, demo.jdbc(), countyUp);
		network.city.drain(cityUp);
		List<Object> kept = kept(network.province.db(), hazard);
		assertThat(kept).first().as("one row, whichever route came first").isEqualTo(1L);
		assertThat(kept).isEqualTo(kept(network.city.db(), hazard));
		assertThat(asProvince(() -> network.province.context()
			.getBean(LedgerElsewhere.class)
			.newest(LedgerElsewhere.Filter.of("", null, null, null), 0, 200)))
			.filteredOn(r -> r.number().equals(number(hazard)))
			.hasSize(1);
	}

	private void aBureauOfAnotherCitySeesNoneOfIt(ConfigurableApplicationContext province, LedgerElsewhere ledger) {
		// 桂林市's bureau, on the province's installation
		assertThat(CityInstallation.asBureau("450300",
				() -> ledger.figures(LedgerElsewhere.Filter.of("", null, null, null))))
			.isEqualTo(LedgerElsewhere.Figures.NONE);
		assertThat(CityInstallation.asBureau("450300",
				() -> province.getBean(ExchangeManagement.class).mirroredHazards(500)))
			.isEmpty();
	}

	private long report(String title) {
		long school = demo.schoolOf("principal");
		return demo.callAs("safety",
				() -> hazards
					.report(new ReportHazard(school, title, title, "", SafetyCategory.BUILDINGS, HazardSource.AD_HOC,
							null, null, HazardGrade.MAJOR))
					.id());
	}

	private void rectifyAcceptAndClose(long hazard) throws Exception {
		mvc.perform(put("/api/v1/hazards/{id}/plan", hazard).with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"responsiblePerson\":\"李老师\",\"measures\":\"外墙加固\",\"fundsYuan\":9000,\"deadline\":\""
					+ TODAY.plusDays(5) + "\",\"contingencyPlan\":\"设警戒线\"}"))
			.andExpect(status().isOk());
		demo.runAs("safety", () -> {
			hazards.startRectification(hazard);
			hazards.completeRectification(hazard, "已加固");
		});
		mvc.perform(post("/api/v1/hazards/{id}/accept", hazard).with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"现场验收合格\"}")).andExpect(status().isOk());
		demo.runAs("principal", () -> hazards.close(hazard));
	}

	/** Waits until the county queued {@code n} states of the hazard for a peer. */
	private void awaitStates(long peer, long hazard, int n) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> demo.jdbc()
				.sql("""
						select count(*) from exchange.outbox
						where peer_id = :p and kind = :k and body ->> 'hazardId' = :h""")
				.param("p", peer)
				.param("k", MirroredHazards.STATUS)
				.param("h", String.valueOf(hazard))
				.query(Long.class)
				.single() >= n);
	}

	private static <T> T asProvince(java.util.function.Supplier<T> call) {
		return CityInstallation.asBureau("450000", call);
	}

	private static String number(long id) {
		return HazardSummary.number(id);
	}

}
