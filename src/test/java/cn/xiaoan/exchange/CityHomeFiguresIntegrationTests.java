package cn.xiaoan.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.browser.Browser;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.TENGXIAN;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The home page of a city whose county (this platform, with the demo) runs its own
 * installation (the city: its own database, no hazards of its own): each hazard tile
 * counts the county's hazards as the ledger page it opens lists them — this platform's "共
 * N 条" and the "共 M 项" sent up from below — the most overdue schools name the county's,
 * the weekly chart says it counts this platform only, the ledger's median days to close
 * counts a hazard closed below; another city's bureau on the same installation sees none
 * of it (ADR 0072).
 */
@PlatformTest
class CityHomeFiguresIntegrationTests extends CityAboveFixture {

	private static final Pattern TILE = Pattern.compile(
			"id=\"(tile-hazards-[a-z-]+)\" href=\"([^\"]+)\"[^>]*>\\s*<div class=\"xa-figure[^\"]*\" id=\"[^\"]+\">(\\d+)</div>");

	private static final Pattern HERE = Pattern.compile("共 (\\d+) 条");

	private static final Pattern BELOW = Pattern.compile("id=\"elsewhere-total\">共 (\\d+) 项<");

	/** The ledger's definition of each tile, over the city's mirror. */
	private static final Map<String, String> MIRRORED = Map.of("tile-hazards-open",
			"status not in ('VERIFIED', 'CLOSED')", "tile-hazards-major-open",
			"status not in ('VERIFIED', 'CLOSED') and grade = 'MAJOR'", "tile-hazards-overdue",
			"status not in ('VERIFIED', 'CLOSED') and least(deadline, supervision_deadline) < :today",
			"tile-hazards-supervised", "supervised_level is not null and status <> 'CLOSED'");

	@Test
	void theCitysHomeFiguresCountTheCountysHazardsAsTheLedgerListsThemAndAnotherCitySeesNone() throws Exception {
		try (ConfigurableApplicationContext city = city("exchange_home")) {
			JdbcClient above = city.getBean(JdbcClient.class);

			// below: a major hazard under 督办 and one past its deadline, then linked
			county.supervisedMajor(mvc, "围墙裂缝（首页数字）");
			long late = report("消防通道堵塞（首页数字）");
			demo.jdbc()
				.sql("update hazard.hazard set deadline = current_date - 2 where id = :id")
				.param("id", late)
				.update();
			// the live feed writes to the peers linked when it runs: let it run for these
			// hazards before linking, so the first sync's state (with the deadline set
			// above) is the only one of version 0 the city receives
			awaitEventsHandled(late);
			long up = county.linkTo(city, "藤县平台");
			county.sendOpenHazards(up);
			// and one closed below after linking: its state goes up with its closing time
			long closed = closedBelow("楼梯扶手松动（首页数字）");
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(county.push, demo.jdbc(), up);
				return above
					.sql("select count(*) from exchange.mirrored_hazard where hazard_id = :h and closed_at is not null")
					.param("h", closed)
					.query(Long.class)
					.single() == 1;
			});
			long openBelow = demo.jdbc()
				.sql("select count(*) from hazard.hazard where region_code like :p || '%' and status not in ('VERIFIED', 'CLOSED')")
				.param("p", TENGXIAN)
				.query(Long.class)
				.single();

			FormClient wz = signIn(city, "wz_admin");
			String home = wz.get("/").body();
			Map<String, Tile> tiles = tiles(home);
			assertThat(tiles).containsOnlyKeys(MIRRORED.keySet());
			for (Map.Entry<String, Tile> t : tiles.entrySet()) {
				long mirrored = above
					.sql("select count(*) from exchange.mirrored_hazard where " + MIRRORED.get(t.getKey()))
					.param("today", LocalDate.now(ZoneId.of("Asia/Shanghai")))
					.query(Long.class)
					.single();
				assertThat(mirrored).as(t.getKey() + " has hazards from below").isPositive();
				String href = t.getValue().href().equals("/hazards/supervised") ? "/hazards?supervised=true"
						: t.getValue().href();
				String ledger = wz.get(href).body();
				assertThat(below(ledger)).as(t.getKey() + " → " + href).isEqualTo(mirrored);
				assertThat(t.getValue().figure()).as(t.getKey() + " = the ledger's 共 N 条 + 共 M 项 of " + href)
					.isEqualTo(here(ledger) + below(ledger));
			}
			assertThat(tiles.get("tile-hazards-open").figure()).as("the county's open hazards, all sent up")
				.isEqualTo(openBelow);
			// the 督办 page the tile opens lists those under 督办 below
			assertThat(wz.get("/hazards/supervised").body())
				.contains("下级平台挂牌督办的隐患 " + tiles.get("tile-hazards-supervised").figure() + " 项列于下表");
			assertThat(home).contains("以上隐患数含下级平台上报的未办结隐患 " + openBelow + " 项")
				.contains("id=\"trend-with-below\"")
				.doesNotContain("仅含本平台")
				.contains("overdue-school-elsewhere")
				.contains("（藤县平台）");

			// the ledger's median days to close counts the hazard closed below (the city
			// closed none)
			String year = wz.get("/hazards?period=" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()).body();
			assertThat(year).contains("id=\"fig-median\">0.0<").contains("整改用时中位数含下级平台已销号的隐患");

			// another city's bureau on the same installation sees none of it
			FormClient gl = signIn(city, "gl_admin");
			String other = gl.get("/").body();
			assertThat(tiles(other).values()).extracting(Tile::figure).containsOnly(0L);
			assertThat(other).doesNotContain("home-hazards-elsewhere")
				.doesNotContain("trend-with-below")
				.doesNotContain("藤县平台");
			assertThat(gl.get("/hazards?open=true").body()).doesNotContain("elsewhere-total");

			screenshots(SecondInstance.port(city));
		}
	}

	/** The city official's home page and ledger, at desk and phone width, whole. */
	private static void screenshots(int cityPort) throws Exception {
		if (!Browser.available()) {
			return;
		}
		for (int[] size : new int[][] { { 1366, 2000 }, { 390, 3600 } }) {
			try (Browser browser = new Browser(cityPort, size[0], size[1])) {
				browser.login("wz_admin", PASSWORD);
				browser.open("/");
				assertThat(browser.find("#fig-hazards-open").getText()).isNotEqualTo("0");
				browser.screenshot("above-home-" + size[0]);
				browser.open("/hazards?period=" + LocalDate.now().getYear());
				assertThat(browser.find("#elsewhere-figures").getText()).contains("整改用时中位数");
				browser.screenshot("above-ledger-" + size[0]);
			}
		}
	}

	private long report(String title) {
		long school = demo.schoolOf("principal");
		return demo.callAs("safety",
				() -> hazards
					.report(new ReportHazard(school, title, title, "", SafetyCategory.FIRE, HazardSource.AD_HOC, null,
							null, HazardGrade.GENERAL))
					.id());
	}

	private void awaitEventsHandled(long hazard) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> demo.jdbc()
				.sql("select count(*) from events.event_publication where completion_date is null and serialized_event like :id")
				.param("id", "%\"hazardId\":" + hazard + ",%")
				.query(Long.class)
				.single() == 0);
	}

	private long closedBelow(String title) {
		long id = report(title);
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.GENERAL, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5));
			hazards.startRectification(id);
			hazards.completeRectification(id, "已加固");
		});
		demo.runAs("principal", () -> {
			hazards.verify(id, true, "验收合格");
			hazards.close(id);
		});
		return id;
	}

	private record Tile(String href, long figure) {
	}

	private static Map<String, Tile> tiles(String home) {
		Map<String, Tile> tiles = new LinkedHashMap<>();
		Matcher m = TILE.matcher(home);
		while (m.find()) {
			tiles.put(m.group(1), new Tile(HtmlUtils.htmlUnescape(m.group(2)), Long.parseLong(m.group(3))));
		}
		return tiles;
	}

	private static long here(String ledger) {
		Matcher m = HERE.matcher(ledger);
		assertThat(m.find()).as("共 N 条").isTrue();
		return Long.parseLong(m.group(1));
	}

	private static long below(String ledger) {
		Matcher m = BELOW.matcher(ledger);
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

}
