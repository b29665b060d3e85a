package cn.xiaoan.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.browser.Browser;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A city whose county (this platform, with the demo) runs its own installation (the city:
 * its own database, no hazards of its own), ADR 0075: the ledger's "督办 N 件" button counts
 * what the 督办 page it opens counts — those under 督办 here and below — and the home page's
 * weekly chart counts the county's hazards week by week as the county counts them (found,
 * then first verified or closed), agreeing with the county's own records; another city's
 * bureau on the same installation sees none of it.
 */
@PlatformTest
class SupervisionAndWeeklyChartAboveIntegrationTests {

	static final String PASSWORD = "Supervised-Weekly-2026";

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final Pattern BUTTON = Pattern
		.compile("id=\"supervised-tab\"[^>]*>督办 (\\d+) 件(?:（含下级平台 (\\d+) 件）)?<");

	private static final Pattern BELOW = Pattern.compile("id=\"elsewhere-total\">共 (\\d+) 项<");

	private static final Pattern WEEK = Pattern.compile("<td class=\"xa-card-title\">(\\d{4}-\\d{2}-\\d{2})</td>\\s*"
			+ "<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>");

	/** Statuses after which a hazard no longer counts as open (the ledger's). */
	private static final String DONE = "('VERIFIED', 'CLOSED')";

	@Autowired
	EmbeddedServer database;

	@Autowired
	ApplicationContext context;

	@Autowired
	HazardManagement hazards;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	CountyBelow county;

	Demo demo;

	@BeforeEach
	void below() {
		county = new CountyBelow(context, port);
		demo = county.demo;
	}

	@AfterEach
	void singleInstallationAgain() {
		county.unlink();
	}

	@Test
	void supervisedButtonAboveCountsTheHazardsBelow() throws Exception {
		try (ConfigurableApplicationContext city = city("exchange_supervised_button")) {
			JdbcClient above = city.getBean(JdbcClient.class);
			long listed = county.supervisedMajor(mvc, "围墙裂缝（督办按钮）");
			long up = county.linkTo(city, "藤县平台");
			county.sendOpenHazards(up);
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(county.push, demo.jdbc(), up);
				return above
					.sql("select count(*) from exchange.mirrored_hazard where hazard_id = :h"
							+ " and supervised_level is not null")
					.param("h", listed)
					.query(Long.class)
					.single() == 1;
			});
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
			assertThat(board).contains("下级平台挂牌督办中的隐患另有 " + underSupervisionBelow + " 项")
				.contains("共 " + (listedHere + underSupervisionBelow) + " 件：本平台 " + listedHere + " 件");
			// and the ledger's 督办 filter the page links to lists those below
			assertThat(Long.parseLong(matched(BELOW, wz.get("/hazards?supervised=true").body()).group(1)))
				.isEqualTo(underSupervisionBelow);

			screenshots(SecondInstance.port(city), "supervised", "/hazards", "/hazards/supervised");

			// closed below: no longer under 督办, above too, and the button follows
			closeBelow(listed);
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(county.push, demo.jdbc(), up);
				return "CLOSED".equals(above.sql("select status from exchange.mirrored_hazard where hazard_id = :h")
					.param("h", listed)
					.query(String.class)
					.single());
			});
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
			long listed = county.supervisedMajor(mvc, "配电箱外露（约谈）");
			long up = county.linkTo(city, "藤县平台");
			county.sendOpenHazards(up);
			LocalDate due = demo.jdbc()
				.sql("select acceptance_due from hazard.supervision where hazard_id = :h")
				.param("h", listed)
				.query(LocalDate.class)
				.single();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(county.push, demo.jdbc(), up);
				return above
					.sql("select count(*) from exchange.mirrored_hazard where hazard_id = :h"
							+ " and supervision_acceptance_due = :due")
					.param("h", listed)
					.param("due", due)
					.query(Long.class)
					.single() == 1;
			});

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
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(county.push, demo.jdbc(), up);
				return above
					.sql("select count(*) from exchange.mirrored_hazard where hazard_id = :h"
							+ " and supervision_summoned_at is not null")
					.param("h", listed)
					.query(Long.class)
					.single() == 1;
			});
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

	@Test
	void weeklyChartAboveCountsTheHazardsBelowWeekByWeek() throws Exception {
		try (ConfigurableApplicationContext city = city("exchange_weekly_chart")) {
			JdbcClient above = city.getBean(JdbcClient.class);
			// below, two hazards found fifteen days ago, open when linked; one of them is
			// verified after: open in the earlier weeks, not today
			long open = foundDaysAgo("消防通道堵塞（周图）", 15);
			long verified = foundDaysAgo("楼梯扶手松动（周图）", 15);
			demo.runAs("safety", () -> {
				hazards.register(verified);
				hazards.grade(verified, HazardGrade.GENERAL, LocalDate.now(BEIJING).plusDays(5));
				hazards.startRectification(verified);
				hazards.completeRectification(verified, "已加固");
			});
			long up = county.linkTo(city, "藤县平台");
			county.sendOpenHazards(up);
			demo.runAs("principal", () -> hazards.verify(verified, true, "验收合格"));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(county.push, demo.jdbc(), up);
				return above
					.sql("select count(*) from exchange.mirrored_hazard where hazard_id = :h and done_at is not null")
					.param("h", verified)
					.query(Long.class)
					.single() == 1;
			});
			OffsetDateTime verifiedBelow = demo.jdbc()
				.sql("select min(at) from hazard.transition where hazard_id = :h and to_status in " + DONE)
				.param("h", verified)
				.query(OffsetDateTime.class)
				.single();
			OffsetDateTime verifiedAbove = above
				.sql("select done_at from exchange.mirrored_hazard where hazard_id = :h")
				.param("h", verified)
				.query(OffsetDateTime.class)
				.single();
			assertThat(verifiedAbove.toInstant().truncatedTo(ChronoUnit.MILLIS))
				.isEqualTo(verifiedBelow.toInstant().truncatedTo(ChronoUnit.MILLIS));
			List<Long> sentUp = above.sql("select hazard_id from exchange.mirrored_hazard").query(Long.class).list();
			assertThat(sentUp).contains(open, verified);

			String home = signIn(city, "wz_admin").get("/").body();
			List<Week> chart = weeks(home);
			assertThat(chart).hasSizeGreaterThan(2);
			LocalDate today = LocalDate.now(BEIJING);
			assertThat(chart.get(chart.size() - 1).day()).isEqualTo(today);
			for (Week week : chart) {
				// the city has no hazards of its own: each point is the county's, counted
				// from its own records over the hazards it sent up
				assertThat(week.total()).as("open at the end of " + week.day())
					.isEqualTo(openBelow(sentUp, week.day(), today));
			}
			Week lastWeek = chart.get(chart.size() - 2);
			assertThat(lastWeek.day()).isEqualTo(today.minusWeeks(1));
			assertThat(openBelow(List.of(verified), lastWeek.day(), today)).as("verified today, open a week ago")
				.isEqualTo(1);
			assertThat(openBelow(List.of(verified), today, today)).isZero();
			assertThat(home).contains("id=\"trend-with-below\"").doesNotContain("仅含本平台");

			// another city's bureau on the same installation: none of it
			String other = signIn(city, "gl_admin").get("/").body();
			assertThat(weeks(other)).extracting(Week::total).containsOnly(0L);
			assertThat(other).doesNotContain("trend-with-below");

			screenshots(SecondInstance.port(city), "weekly", "/");
		}
	}

	/**
	 * The city's installation (database {@code name}) with 藤县 and 桂林市 in its tree and a
	 * bureau account of each city; pushed by the test, not by its tick.
	 */
	private ConfigurableApplicationContext city(String name) throws Exception {
		ConfigurableApplicationContext city = SecondInstance.startInstallation(database, name,
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H",
				"--xiaoan.admin.initial-password=" + PASSWORD);
		JdbcClient above = city.getBean(JdbcClient.class);
		CityInstallation.seed(city);
		above.sql("""
				insert into org.region (code, name, level, parent_code)
				values ('450422', '藤县', 'COUNTY', '450400'), ('450300', '桂林市', 'CITY', '450000')""").update();
		CityInstallation.bureauAccount(city, "wz_admin");
		above.sql("""
				insert into people.account (username, password_hash, display_name, role, region_code)
				select 'gl_admin', password_hash, '桂林市教育局', 'BUREAU_ADMIN', '450300' from people.account
				where username = 'admin'""").update();
		above.sql("update people.account set must_change_password = false").update();
		return city;
	}

	/**
	 * The hazards of {@code ids} below open at the end of {@code day} as the chart counts
	 * them.
	 */
	private long openBelow(List<Long> ids, LocalDate day, LocalDate today) {
		if (day.equals(today)) {
			return demo.jdbc()
				.sql("select count(*) from hazard.hazard where id = any(:ids) and status not in " + DONE)
				.param("ids", ids.toArray(Long[]::new))
				.query(Long.class)
				.single();
		}
		OffsetDateTime ends = day.plusDays(1).atStartOfDay(BEIJING).toOffsetDateTime();
		return demo.jdbc()
			.sql("""
					select count(*) from hazard.hazard h where h.id = any(:ids) and h.found_at < :ends
					  and (h.status not in %1$s
					       or coalesce((select min(x.at) from hazard.transition x where x.hazard_id = h.id
					                    and x.to_status in %1$s), h.closed_at, h.rectified_at, h.found_at) >= :ends)"""
				.formatted(DONE))
			.param("ids", ids.toArray(Long[]::new))
			.param("ends", ends)
			.query(Long.class)
			.single();
	}

	private long foundDaysAgo(String title, int days) {
		long school = demo.schoolOf("principal");
		long id = demo.callAs("safety",
				() -> hazards
					.report(new ReportHazard(school, title, title, "", SafetyCategory.FIRE, HazardSource.AD_HOC, null,
							null, HazardGrade.GENERAL))
					.id());
		demo.jdbc()
			.sql("update hazard.hazard set found_at = found_at - make_interval(days => :d) where id = :id")
			.param("d", days)
			.param("id", id)
			.update();
		return id;
	}

	/**
	 * Planned (五落实, a major hazard's), rectified, accepted on site by 藤县's bureau (its
	 * 督办, which verifies it), closed.
	 */
	private void closeBelow(long id) throws Exception {
		mvc.perform(put("/api/v1/hazards/{id}/plan", id).with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"responsiblePerson\":\"张伟\",\"measures\":\"围墙加固\",\"fundsYuan\":800,\"deadline\":\""
					+ LocalDate.now(BEIJING).plusDays(5) + "\",\"contingencyPlan\":\"设警戒线\"}"))
			.andExpect(status().isOk());
		demo.runAs("safety", () -> {
			hazards.startRectification(id);
			hazards.completeRectification(id, "已加固");
		});
		mvc.perform(post("/api/v1/hazards/{id}/accept", id).with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"现场验收合格\"}")).andExpect(status().isOk());
		demo.runAs("principal", () -> hazards.close(id));
	}

	private record Week(LocalDate day, long major, long general, long ungraded, long total) {
	}

	private static List<Week> weeks(String home) {
		List<Week> weeks = new ArrayList<>();
		Matcher m = WEEK.matcher(home);
		while (m.find()) {
			weeks.add(new Week(LocalDate.parse(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
					Long.parseLong(m.group(4)), Long.parseLong(m.group(5))));
		}
		return weeks;
	}

	private static Matcher matched(Pattern pattern, String page) {
		Matcher m = pattern.matcher(page);
		assertThat(m.find()).as(pattern.pattern()).isTrue();
		return m;
	}

	private static long count(String page, String text) {
		return page.split(Pattern.quote(text), -1).length - 1L;
	}

	private FormClient signIn(ConfigurableApplicationContext city, String user) throws Exception {
		FormClient client = new FormClient(SecondInstance.port(city)).openLogin();
		client.login(user, PASSWORD);
		return client;
	}

	/** The city official's pages at desk and phone width, into target/screenshots. */
	private static void screenshots(int cityPort, String name, String... paths) throws Exception {
		if (!Browser.available()) {
			return;
		}
		for (int[] size : new int[][] { { 1366, 2000 }, { 390, 3600 } }) {
			try (Browser browser = new Browser(cityPort, size[0], size[1])) {
				browser.login("wz_admin", PASSWORD);
				for (String path : paths) {
					browser.open(path);
					String page = path.equals("/") ? "home" : path.substring(1).replace('/', '-');
					browser.screenshot("exchange-" + name + "-" + page + "-" + size[0]);
				}
			}
		}
	}

}
