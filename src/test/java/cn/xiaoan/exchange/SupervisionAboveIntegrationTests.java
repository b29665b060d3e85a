package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The city above its county (ADR 0075): the ledger's "督办 N 件" button counts what the 督办
 * page it opens counts — those under 督办 here and below — and the 督办's acceptance due date
 * and 约谈 below go up with it; another city's bureau on the same installation sees none of
 * it.
 */
@PlatformTest
class SupervisionAboveIntegrationTests extends CityAboveFixture {

	static final Pattern BUTTON = Pattern.compile("id=\"supervised-tab\"[^>]*>督办 (\\d+) 件(?:（含下级平台 (\\d+) 件）)?<");

	private static final Pattern BELOW = Pattern.compile("id=\"elsewhere-total\">共 (\\d+) 项<");

	@Test
	void supervisedButtonAboveCountsTheHazardsBelow() throws Exception {
		try (ConfigurableApplicationContext city = city("exchange_supervised_button")) {
			JdbcClient above = city.getBean(JdbcClient.class);
			SupervisedBelow below = supervisedBelow(city, "围墙裂缝（督办按钮）");
			long underSupervisionBelow = above
				.sql("select count(*) from exchange.mirrored_hazard where supervised_level is not null"
						+ " and status <> 'CLOSED'")
				.query(Long.class)
				.single();
			assertThat(underSupervisionBelow).isPositive();

			FormClient wz = signIn(city, "wz_admin");
			Matcher button = matched(BUTTON, wz.get("/hazards").body());
			String board = wz.get("/hazards/supervised").body();
			long listedHere = count(board, "class=\"hazard-link\"");
			// the button is the page's rows here plus the count below it links to
			assertThat(Long.parseLong(button.group(1))).isEqualTo(listedHere + underSupervisionBelow);
			assertThat(button.group(2)).isEqualTo(Long.toString(underSupervisionBelow));
			assertThat(board).contains("下级平台挂牌督办的隐患 " + underSupervisionBelow + " 项列于下表")
				.contains("共 " + (listedHere + underSupervisionBelow) + " 件：本平台 " + listedHere + " 件");
			// and the ledger's 督办 filter the page links to lists those below
			assertThat(Long.parseLong(matched(BELOW, wz.get("/hazards?supervised=true").body()).group(1)))
				.isEqualTo(underSupervisionBelow);

			screenshots(SecondInstance.port(city), "supervised", "/hazards", "/hazards/supervised");

			// closed below: no longer under 督办, above too, and the button follows
			closedAbove(city, below);
			Matcher after = matched(BUTTON, wz.get("/hazards").body());
			assertThat(Long.parseLong(after.group(1))).isEqualTo(listedHere + underSupervisionBelow - 1);

			// another city's bureau on the same installation counts none of them
			Matcher other = matched(BUTTON, signIn(city, "gl_admin").get("/hazards").body());
			assertThat(other.group(1)).isEqualTo("0");
			assertThat(other.group(2)).isNull();

		}
	}

	@Test
	void acceptanceDueAndSummonsBelowGoUpWithTheSupervision() throws Exception {
		try (ConfigurableApplicationContext city = city("exchange_summons_up")) {
			JdbcClient above = city.getBean(JdbcClient.class);
			SupervisedBelow below = supervisedBelow(city, "配电箱外露（约谈）");
			long listed = below.hazard();
			LocalDate due = demo.jdbc()
				.sql("select acceptance_due from hazard.supervision where hazard_id = :h")
				.param("h", listed)
				.query(LocalDate.class)
				.single();
			awaitAbove(city, below, "supervision_acceptance_due = date '" + due + "'");

			// below: acceptance ran late (as if its day passed), so 藤县's bureau summons
			// the
			// school's leaders; the summons and the due date go up with the next state
			LocalDate late = LocalDate.now(BEIJING).minusDays(1);
			demo.jdbc()
				.sql("update hazard.supervision set acceptance_due = :d where hazard_id = :h")
				.param("d", late)
				.param("h", listed)
				.update();
			mvc.perform(post("/api/v1/hazards/{id}/summon", listed).with(demo.as("tx_safety"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"约谈校长，限期整改\"}")).andExpect(status().isOk());
			OffsetDateTime summoned = demo.jdbc()
				.sql("select summoned_at from hazard.supervision where hazard_id = :h")
				.param("h", listed)
				.query(OffsetDateTime.class)
				.single();
			awaitAbove(city, below, "supervision_summoned_at is not null");
			var kept = above.sql("""
					select supervision_acceptance_due, supervision_summoned_at, status_version
					from exchange.mirrored_hazard where hazard_id = :h""")
				.param("h", listed)
				.query((rs,
						n) -> new Object[] { rs.getObject(1, LocalDate.class), rs.getObject(2, OffsetDateTime.class),
								rs.getLong(3) })
				.single();
			assertThat(kept[0]).isEqualTo(late);
			assertThat(((OffsetDateTime) kept[1]).toInstant().truncatedTo(ChronoUnit.MILLIS))
				.isEqualTo(summoned.toInstant().truncatedTo(ChronoUnit.MILLIS));

			// the same state again (a replay) changes nothing
			HazardMirror mirror = city.getBean(HazardMirror.class);
			long peerBelow = above.sql("select id from exchange.peer where direction = 'DOWN'")
				.query(Long.class)
				.single();
			MirroredState state = mirror.page("", "none", "", Long.MIN_VALUE, HazardMirror.BATCH)
				.stream()
				.filter(m -> m.hazardId() == listed)
				.findFirst()
				.orElseThrow();
			assertThat(mirror.merge(peerBelow, state, false)).isEmpty();
			assertThat(above.sql("select status_version from exchange.mirrored_hazard where hazard_id = :h")
				.param("h", listed)
				.query(Long.class)
				.single()).isEqualTo(kept[2]);

			// the city's bureau sees both on its page of the hazards below; nothing
			// personal
			String page = signIn(city, "wz_admin").get("/exchange").body();
			assertThat(page).contains("验收期限 " + late + "，已逾期")
				.contains(summoned.atZoneSameInstant(BEIJING).toLocalDate() + " 已约谈")
				.doesNotContain("约谈校长");
			assertThat(above.sql("select count(*) from exchange.receipt where body::text like '%约谈校长%'")
				.query(Long.class)
				.single()).isZero();

			screenshots(SecondInstance.port(city), "summons", "/exchange");
		}
	}

}
