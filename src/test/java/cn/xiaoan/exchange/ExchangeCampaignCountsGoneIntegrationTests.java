package cn.xiaoan.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school a campaign no longer targets below (its classes removed, or moved out of the
 * region) leaves the campaign's rates above: it goes up once as gone, and the
 * installation above removes it — unless what it keeps was counted later. One
 * installation plays both ends.
 */
@PlatformTest
class ExchangeCampaignCountsGoneIntegrationTests {

	static final String RUN = "不再布置" + (System.currentTimeMillis() % 1_000_000) + "：";

	static final long GONE_SCHOOL = 987_654_321L;

	@Autowired
	Demo demo;

	@Autowired
	EducationManagement education;

	@Autowired
	CampaignCountsUp counts;

	@Autowired
	Peers peers;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void cleanUp() {
		demo.jdbc().sql("delete from exchange.peer").update();
		new CampaignsDown(context).remove(RUN);
	}

	@Test
	void aSchoolNoLongerTargetedGoesUpOnceAsGone() throws Exception {
		long up = peers.save(cityPeer("http://localhost:1"));
		Campaign local = demo.callAs("tx_admin", () -> education.issue(new IssueCampaign(RUN + "防溺水", "", "DROWNING",
				LocalDate.now(), LocalDate.now().plusDays(10), true, null, null)));
		long remote = 4242;
		demo.jdbc()
			.sql("insert into exchange.received_campaign (peer_id, remote_id, local_id, ends_on) values (:p, :r, :l, :e)")
			.param("p", up)
			.param("r", remote)
			.param("l", local.id())
			.param("e", local.endsOn())
			.update();
		assertThat(counts.sendChanged(up, remote, local.id())).as("every targeted school, first time").isPositive();
		assertThat(counts.sendChanged(up, remote, local.id())).as("nothing changed").isZero();

		// a school sent up before that the campaign no longer targets here
		demo.jdbc()
			.sql("""
					insert into exchange.campaign_count_sent (peer_id, campaign_id, installation, school_id, digest, region_code)
					values (:p, :r, '', :s, 'earlier', '450422')""")
			.param("p", up)
			.param("r", remote)
			.param("s", GONE_SCHOOL)
			.update();
		assertThat(counts.sendChanged(up, remote, local.id())).as("only the gone school").isEqualTo(1);
		JsonNode sent = lastEnvelope(up);
		assertThat(sent.path("schools")).singleElement().satisfies(s -> {
			assertThat(s.path("schoolId").asLong()).isEqualTo(GONE_SCHOOL);
			assertThat(s.path("gone").asBoolean()).isTrue();
			assertThat(s.path("targeted").asInt()).isZero();
		});
		assertThat(counts.sendChanged(up, remote, local.id())).as("sent once").isZero();
	}

	@Test
	void theInstallationAboveRemovesAGoneSchoolUnlessItKeepsALaterCount() {
		long down = peers.save(county(1));
		Peers.Peer below = peers.byId(down).orElseThrow();
		long campaign = 777_000 + System.currentTimeMillis() % 1000;
		demo.jdbc()
			.sql("insert into exchange.relayed_campaign (peer_id, campaign_id) values (:p, :c)")
			.param("p", down)
			.param("c", campaign)
			.update();
		Instant counted = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (long school : List.of(1L, 2L)) {
			demo.jdbc()
				.sql("""
						insert into exchange.mirrored_campaign_count (peer_id, campaign_id, installation, school_id, source,
						  school_name, region_code, classes, classes_assigned, targeted, participated, completed, took,
						  passed, parent_done, parent_asked, counted_at)
						values (:p, :c, '', :s, '藤县', '藤县第' || :s || '小学', '450422', 2, 2, 80, 60, 50, 55, 50, 40, 80,
						  cast(:at as timestamptz))""")
				.param("p", down)
				.param("c", campaign)
				.param("s", school)
				.param("at", counted.toString())
				.update();
		}
		assertThat(
				counts.apply(below, CampaignCountsUp.COUNTS,
						json.valueToTree(Map.of("campaignId", campaign, "schools",
								List.of(gone(1, counted.plusSeconds(60)), gone(2, counted.minusSeconds(60)))))))
			.isTrue();
		assertThat(demo.jdbc()
			.sql("select school_id from exchange.mirrored_campaign_count where campaign_id = :c")
			.param("c", campaign)
			.query(Long.class)
			.list()).as("school 1 gone; school 2 was counted after it was found gone").containsExactly(2L);
	}

	private static Map<String, Object> gone(long school, Instant at) {
		return Map.ofEntries(Map.entry("installation", ""), Map.entry("source", ""), Map.entry("schoolId", school),
				Map.entry("name", ""), Map.entry("regionCode", "450422"), Map.entry("regionNames", Map.of()),
				Map.entry("classes", 0), Map.entry("classesAssigned", 0), Map.entry("targeted", 0),
				Map.entry("participated", 0), Map.entry("completed", 0), Map.entry("took", 0), Map.entry("passed", 0),
				Map.entry("parentDone", 0), Map.entry("parentAsked", 0), Map.entry("countedAt", at.toString()),
				Map.entry("gone", true));
	}

	private JsonNode lastEnvelope(long peer) {
		return json.readTree(demo.jdbc()
			.sql("select body::text from exchange.outbox where peer_id = :p and kind = :k order by id desc limit 1")
			.param("p", peer)
			.param("k", CampaignCountsUp.COUNTS)
			.query(String.class)
			.single());
	}

}
