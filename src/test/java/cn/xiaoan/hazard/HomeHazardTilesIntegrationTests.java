package cn.xiaoan.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The home page's hazard tiles count what their labels say — open hazards, open major
 * hazards, overdue, under supervision — and each equals the ledger's count behind its
 * link, for a county and a city; a closed major hazard is not an open one.
 */
@PlatformTest
class HomeHazardTilesIntegrationTests {

	private static final Pattern TILE = Pattern.compile(
			"id=\"(tile-hazards-[a-z-]+)\" href=\"([^\"]+)\"[^>]*>\\s*<div class=\"xa-figure[^\"]*\" id=\"[^\"]+\">(\\d+)</div>");

	private static final Pattern LEDGER_TOTAL = Pattern.compile("共 (\\d+) 条");

	private static final Map<String, String> DEFINITIONS = Map.of("tile-hazards-open",
			"status not in ('VERIFIED', 'CLOSED')", "tile-hazards-major-open",
			"status not in ('VERIFIED', 'CLOSED') and grade = 'MAJOR'", "tile-hazards-overdue",
			"status not in ('VERIFIED', 'CLOSED') and deadline < current_date", "tile-hazards-supervised",
			"supervised_by_level is not null and status <> 'CLOSED'");

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	RectificationPlans plans;

	@Autowired
	HazardSupervision supervision;

	@Autowired
	MockMvc mvc;

	@Test
	void majorHazardTileCountsOnlyOpenMajorHazards() throws Exception {
		HazardHeadline before = demo.callAs("tx_safety", hazards::headline);
		closedMajorHazard("配电箱外壳破损");
		openMajorHazard("教学楼外墙瓷砖空鼓");
		assertThat(count("450422", "grade = 'MAJOR' and status = 'CLOSED'")).as("a closed major hazard in the data")
			.isPositive();

		HazardHeadline after = demo.callAs("tx_safety", hazards::headline);
		assertThat(after.openMajor()).isEqualTo(before.openMajor() + 1);
		for (String user : List.of("tx_safety", "wz_safety")) {
			String prefix = prefixOf(user);
			assertThat(demo.callAs(user, hazards::headline).openMajor()).as(user)
				.isEqualTo(count(prefix, DEFINITIONS.get("tile-hazards-major-open")))
				.isLessThan(count(prefix, "grade = 'MAJOR'"));
			assertThat(tiles(user).get("tile-hazards-major-open")).isEqualTo(new Tile("/hazards?open=true&grade=MAJOR",
					count(prefix, "status not in ('VERIFIED', 'CLOSED') and grade = 'MAJOR'")));
		}
	}

	@Test
	void eachHazardTileCountsExactlyItsLedgerFilter() throws Exception {
		overdueHazard("围墙护栏松动");
		supervisedHazard("锅炉房安全阀失效");
		for (String user : List.of("tx_safety", "wz_safety")) {
			String prefix = prefixOf(user);
			Map<String, Tile> tiles = tiles(user);
			assertThat(tiles).as(user)
				.containsOnlyKeys("tile-hazards-open", "tile-hazards-major-open", "tile-hazards-overdue",
						"tile-hazards-supervised");
			assertThat(tiles.get("tile-hazards-open").href()).isEqualTo("/hazards?open=true");
			assertThat(tiles.get("tile-hazards-overdue").href()).isEqualTo("/hazards?overdue=true");
			assertThat(tiles.get("tile-hazards-supervised").href()).isEqualTo("/hazards/supervised");
			tiles.forEach((id, tile) -> assertThat(tile.figure()).as(user + " " + id)
				.isEqualTo(count(prefix, DEFINITIONS.get(id))));
			assertThat(tiles.get("tile-hazards-overdue").figure()).as(user).isPositive();
			assertThat(tiles.get("tile-hazards-supervised").figure()).as(user).isPositive();
		}
	}

	@Test
	void theSupervisedBoardNamesTheSchoolOfEachHazardItLists() throws Exception {
		supervisedHazard("食堂燃气管道老化");
		String school = demo.jdbc()
			.sql("select s.name from hazard.hazard h join org.school s on s.id = h.school_id "
					+ "where h.title = '食堂燃气管道老化'")
			.query(String.class)
			.single();
		String board = mvc.perform(get("/hazards/supervised").with(demo.as("wz_safety")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(board).contains("食堂燃气管道老化").contains(">" + school + "<");
	}

	/**
	 * Follows each tile's link into the ledger and reads its "共 N 条"; the supervised
	 * tile's list is the ledger's {@code supervised=true}. Needs the ledger's open and
	 * supervised filters (issue 10, part "ledger").
	 */
	@Test
	void eachHazardTileEqualsTheLedgerCountBehindItsLink() throws Exception {
		assumeTrue(Arrays.stream(LedgerQuery.class.getRecordComponents()).anyMatch(c -> c.getName().equals("open")),
				"the ledger's open filter is not on this branch yet");
		overdueHazard("食堂排烟管道油污");
		for (String user : List.of("tx_safety", "wz_safety")) {
			for (Map.Entry<String, Tile> tile : tiles(user).entrySet()) {
				String href = tile.getValue().href().equals("/hazards/supervised") ? "/hazards?supervised=true"
						: tile.getValue().href();
				String ledger = mvc.perform(get(href).with(demo.as(user)))
					.andReturn()
					.getResponse()
					.getContentAsString();
				Matcher total = LEDGER_TOTAL.matcher(ledger);
				assertThat(total.find()).as(user + " " + href).isTrue();
				assertThat(Long.parseLong(total.group(1))).as(user + " " + tile.getKey() + " → " + href)
					.isEqualTo(tile.getValue().figure());
			}
		}
	}

	@Test
	void theMostOverdueSchoolsAreThoseOfTheScopeMostFirst() throws Exception {
		overdueHazard("宿舍楼消防栓无水");
		for (String user : List.of("tx_safety", "wz_safety")) {
			String prefix = prefixOf(user);
			List<SchoolOverdue> schools = demo.callAs(user, () -> hazards.mostOverdueSchools(8));
			assertThat(schools).as(user).isNotEmpty();
			assertThat(schools).extracting(SchoolOverdue::overdue).isSortedAccordingTo((a, b) -> Long.compare(b, a));
			for (SchoolOverdue school : schools) {
				assertThat(demo.schoolsIn(prefix)).as(user).contains(school.schoolId());
				assertThat(school.overdue()).isEqualTo(count(prefix,
						DEFINITIONS.get("tile-hazards-overdue") + " and school_id = " + school.schoolId()));
				assertThat(school.schoolName()).isNotBlank();
			}
			String home = home(user);
			assertThat(home).contains("href=\"/hazards?schoolId=" + schools.get(0).schoolId() + "&amp;overdue=true\"");
		}
		long elsewhere = demo.schoolOf("principal2");
		assertThat(demo.callAs("principal2", () -> hazards.mostOverdueSchools(8)))
			.allMatch(s -> s.schoolId() == elsewhere);
	}

	@Test
	void theTrendEndsAtTodaysOpenHazardsAndCountsAHazardUntilItWasVerified() {
		long id = closedMajorHazard("实验室通风橱故障");
		List<OpenHazardsWeek> before = demo.callAs("tx_safety", () -> hazards.openByWeek(12));
		// found three weeks ago, verified ten days ago: open at the end of the day two
		// weeks
		// ago, not one week ago
		demo.jdbc()
			.sql("update hazard.hazard set found_at = now() - interval '20 days' where id = :id")
			.param("id", id)
			.update();
		demo.ownerJdbc()
			.sql("update hazard.transition set at = now() - interval '10 days' where hazard_id = :id and to_status in ('VERIFIED', 'CLOSED')")
			.param("id", id)
			.update();
		List<OpenHazardsWeek> after = demo.callAs("tx_safety", () -> hazards.openByWeek(12));

		assertThat(after).hasSize(12);
		assertThat(after.get(11).day()).isEqualTo(LocalDate.now());
		// the demo data has hazards closed "in the future": today is counted by status
		for (String user : List.of("tx_safety", "wz_safety", "gx_safety")) {
			OpenHazardsWeek today = demo.callAs(user, () -> hazards.openByWeek(12)).get(11);
			HazardHeadline headline = demo.callAs(user, hazards::headline);
			assertThat(List.of(today.major(), today.general(), today.ungraded())).as(user)
				.isEqualTo(List.of(headline.openMajor(), headline.openGeneral(), headline.openUngraded()));
		}
		assertThat(after.get(10).major()).isEqualTo(before.get(10).major());
		assertThat(after.get(9).major()).isEqualTo(before.get(9).major() + 1);
	}

	private record Tile(String href, long figure) {
	}

	private Map<String, Tile> tiles(String user) throws Exception {
		Map<String, Tile> tiles = new LinkedHashMap<>();
		Matcher m = TILE.matcher(home(user));
		while (m.find()) {
			tiles.put(m.group(1), new Tile(HtmlUtils.htmlUnescape(m.group(2)), Long.parseLong(m.group(3))));
		}
		return tiles;
	}

	private String home(String user) throws Exception {
		return mvc.perform(get("/").with(demo.as(user))).andReturn().getResponse().getContentAsString();
	}

	private String prefixOf(String user) {
		return demo.callAs(user, () -> Callers.current().scope().sqlRegionPrefix());
	}

	private long count(String prefix, String condition) {
		return demo.jdbc()
			.sql("select count(*) from hazard.hazard where region_code like :p || '%' and " + condition)
			.param("p", prefix)
			.query(Long.class)
			.single();
	}

	private long report(String title, HazardGrade suggested) {
		long school = demo.schoolOf("principal");
		return demo.callAs("teacher",
				() -> hazards
					.report(new ReportHazard(school, title, "", "校园", SafetyCategory.BUILDINGS, HazardSource.AD_HOC,
							null, null, suggested))
					.id());
	}

	private long openMajorHazard(String title) {
		long id = report(title, HazardGrade.MAJOR);
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.MAJOR, null);
		});
		return id;
	}

	private long closedMajorHazard(String title) {
		long id = openMajorHazard(title);
		demo.runAs("safety", () -> {
			plans.file(id,
					new RectificationPlan("张伟", "更换", new BigDecimal("800"), LocalDate.now().plusDays(5), "设置警示"));
			hazards.startRectification(id);
			hazards.completeRectification(id, "已更换");
		});
		demo.runAs("principal", () -> {
			hazards.verify(id, true, "合格");
			hazards.close(id);
		});
		return id;
	}

	private void overdueHazard(String title) {
		long id = report(title, HazardGrade.GENERAL);
		demo.jdbc().sql("update hazard.hazard set deadline = current_date - 2 where id = :id").param("id", id).update();
	}

	private void supervisedHazard(String title) {
		long id = openMajorHazard(title);
		demo.runAs("tx_safety", () -> supervision.supervise(id, LocalDate.now().plusDays(15)));
	}

}
