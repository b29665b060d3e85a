package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.org.Page;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger's list as a county official pages, sorts and filters it: the count it shows
 * is the rows its pages walk through, "open" and "supervised" count as the headline
 * figures and the 督办 page do, another county's school gives nothing, and no sort
 * parameter reaches the SQL.
 */
@PlatformTest
class HazardLedgerQueryIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	RectificationPlans plans;

	@Autowired
	HazardLedger ledger;

	@Autowired
	HazardSupervision supervision;

	@Autowired
	Notifications notifications;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	private static LedgerQuery query(Long schoolId, HazardGrade grade, Boolean open, Boolean supervised,
			LedgerSort sort, int page, int size) {
		return new LedgerQuery(schoolId, null, null, grade, null, null, null, null, page, open, supervised, sort, size);
	}

	/** A major hazard of the principal's school (藤县), graded, listed by the county. */
	private long supervisedMajor(String title) {
		long school = demo.schoolOf("principal");
		long id = demo.callAs("teacher",
				() -> hazards
					.report(new ReportHazard(school, title, "", "教学楼", SafetyCategory.BUILDINGS, HazardSource.AD_HOC,
							null, null, HazardGrade.MAJOR))
					.id());
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.MAJOR, LocalDate.now().plusDays(10));
		});
		demo.runAs("tx_safety", () -> supervision.supervise(id, LocalDate.now().plusDays(10)));
		return id;
	}

	/**
	 * Every id the pages of {@code first} walk through, page by page until one is empty.
	 */
	private List<Long> walk(String user, LedgerQuery first) {
		List<Long> ids = new ArrayList<>();
		for (int page = 0; page < 1000; page++) {
			LedgerQuery next = first.onPage(page);
			Page<HazardSummary> rows = demo.callAs(user, () -> ledger.ledger(next));
			if (rows.items().isEmpty()) {
				break;
			}
			rows.items().forEach(h -> ids.add(h.id()));
		}
		return ids;
	}

	private long countInTengxian(String condition) {
		return demo.jdbc()
			.sql("select count(*) from hazard.hazard h where h.region_code like '450422%' and " + condition)
			.query(Long.class)
			.single();
	}

	@Test
	void theCountIsTheRowsThePagesWalkThroughForEveryFilter() {
		supervisedMajor("分页测试：教学楼外墙瓷砖脱落");
		long school = demo.schoolOf("principal");
		List<LedgerQuery> filters = List.of(query(null, null, null, null, null, 0, 20),
				query(null, null, true, null, null, 0, 20), query(null, HazardGrade.MAJOR, true, null, null, 0, 20),
				query(null, null, null, true, null, 0, 20), query(school, null, null, null, null, 0, 20),
				query(null, null, true, null, LedgerSort.of("school", "asc"), 0, 20));
		for (LedgerQuery filter : filters) {
			long total = demo.callAs("tx_safety", () -> ledger.ledger(filter)).total();
			List<Long> ids = walk("tx_safety", filter);
			assertThat(ids).as(filter.toString()).hasSize((int) total).doesNotHaveDuplicates();
		}
		assertThat(demo.callAs("tx_safety", () -> ledger.count(query(null, null, true, null, null, 0, 20))))
			.isEqualTo(countInTengxian(LedgerQuery.OPEN))
			.isLessThan(countInTengxian("true"));
	}

	@Test
	void openCountsWhatTheHeadlineOpenFigureCountsAndSupervisedWhatTheSupervisedPageLists() {
		long id = supervisedMajor("督办测试：实验室通风橱失效");
		long open = demo.callAs("tx_safety", () -> ledger.count(query(null, null, true, null, null, 0, 50)));
		assertThat(open).isEqualTo(demo.callAs("tx_safety", () -> hazards.figures()).open());
		List<HazardSupervision.Supervised> board = demo.callAs("tx_safety", () -> supervision.board(false));
		assertThat(demo.callAs("tx_safety", () -> ledger.count(query(null, null, null, true, null, 0, 50))))
			.isEqualTo(board.size())
			.isEqualTo(countInTengxian(LedgerQuery.SUPERVISED));
		assertThat(board).anySatisfy(r -> {
			assertThat(r.hazard().id()).isEqualTo(id);
			assertThat(r.listing().noticeNo()).endsWith(HazardSummary.number(id));
		});
	}

	@Test
	void anotherCountysSchoolGivesNothing() throws Exception {
		long elsewhere = demo.schoolOf("principal2");
		assertThat(demo.callAs("principal2", () -> ledger.ledger(LedgerQuery.all())).total()).isPositive();
		Page<HazardSummary> page = demo.callAs("tx_safety",
				() -> ledger.ledger(query(elsewhere, null, null, null, null, 0, 50)));
		assertThat(page.total()).isZero();
		assertThat(page.items()).isEmpty();
		mvc.perform(get("/hazards").param("schoolId", String.valueOf(elsewhere)).with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("共 0 条"), not(containsString("hazard-link")))));
	}

	/**
	 * The default list (newest found first) of a province, a city or a county is read
	 * from its level's newest-first index, not sorted: with {@code nulls last} on a
	 * descending order it was a scan and a sort of every hazard of the period (49 ms of
	 * 200,000 hazards against 0.6 ms).
	 */
	@Test
	void theNewestFirstListIsReadInTheOrderOfItsIndexWithoutASort() {
		for (String region : new String[] { "left(h.region_code, 2) = '45'", "left(h.region_code, 4) = '4504'",
				"left(h.region_code, 6) = '450422'" }) {
			List<String> plan = tx.execute(status -> {
				jdbc.execute("set local enable_sort = off");
				jdbc.execute("set local enable_seqscan = off");
				return jdbc.queryForList(
						"explain " + HazardRows.SELECT + " where " + region + LedgerSort.NEWEST.orderBy() + " limit 50",
						String.class);
			});
			assertThat(String.join("\n", plan)).as(region).doesNotContain("Sort").contains("found_idx");
		}
	}

	@Test
	void aSortOrdersByItsColumnAndAnyOtherSortIsRefused() throws Exception {
		List<HazardSummary> byDeadline = demo
			.callAs("tx_safety",
					() -> ledger.ledger(query(null, null, true, null, LedgerSort.of("deadline", "asc"), 0, 100)))
			.items();
		assertThat(byDeadline).extracting(HazardSummary::deadline)
			.filteredOn(d -> d != null)
			.isSortedAccordingTo(LocalDate::compareTo);
		List<HazardSummary> byNumber = demo
			.callAs("tx_safety",
					() -> ledger.ledger(query(null, null, null, null, LedgerSort.of("number", "desc"), 0, 100)))
			.items();
		assertThat(byNumber).extracting(HazardSummary::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		for (String[] bad : new String[][] { { "h.id;drop table hazard.hazard", "asc" }, { "deadline", "sideways" },
				{ "id desc, (select 1)", "" } }) {
			mvc.perform(get("/hazards").param("sort", bad[0]).param("dir", bad[1]).with(demo.as("tx_safety")))
				.andExpect(status().isBadRequest());
			mvc.perform(get("/api/v1/hazards").param("sort", bad[0]).param("dir", bad[1]).with(demo.as("tx_safety")))
				.andExpect(status().isBadRequest());
		}
	}

	@Test
	void theListNamesEachSchoolPagesAndGoesBackToTheSameListFromAHazard() throws Exception {
		long id = supervisedMajor("返回测试：围墙裂缝"); // one more than a page of 20 even on the
												// demo alone
		String html = mvc.perform(get("/hazards").param("size", "20")
			.param("sort", "school")
			// every hazard ever found: the default period (this quarter) may hold fewer
			// than a page
			// early in a quarter
			.param("period", "all")
			.with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"school-link\""),
					containsString("id=\"pager-summary\""), containsString("20 条/页"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("/hazards\\?[^\"]*size=20[^\"]*sort=school[^\"]*page=1");
		mvc.perform(
				get("/hazards/{id}", id).param("back", "/hazards?open=true&sort=deadline").with(demo.as("tx_safety")))
			.andExpect(content().string(containsString("href=\"/hazards?open=true&amp;sort=deadline\"")));
		mvc.perform(get("/hazards/{id}", id).param("back", "https://example.com/hazards").with(demo.as("tx_safety")))
			.andExpect(content().string(allOf(containsString("id=\"back-to-ledger\" href=\"/hazards\""),
					not(containsString("example.com")))));
	}

	@Test
	void theSupervisingBureauHearsOfTheListingOfTheRectificationAndOfTheOverdueOnce() {
		long id = supervisedMajor("通知测试：锅炉房安全阀失灵");
		String number = HazardSummary.number(id);
		await().until(() -> inbox("tx_safety", "notify.hazard.supervising", number));
		demo.runAs("principal", () -> plans.file(id, new RectificationPlan("周校长", "更换安全阀",
				java.math.BigDecimal.valueOf(800), LocalDate.now().plusDays(5), "锅炉停用")));
		demo.jdbc().sql("update hazard.hazard set deadline = current_date - 1 where id = :id").param("id", id).update();
		supervision.tellOverdue();
		assertThat(demo.jdbc()
			.sql("select overdue_told_at is not null from hazard.supervision where hazard_id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(supervision.tellOverdue()).isZero();
		await().until(() -> inbox("tx_safety", "notify.hazard.supervisedOverdue", number));
		demo.runAs("safety", () -> {
			hazards.startRectification(id);
			hazards.completeRectification(id, "已更换安全阀");
		});
		await().until(() -> inbox("tx_safety", "notify.hazard.supervisedRectified", number));
		assertThat(inbox("wz_safety", "notify.hazard.supervising", number)).isFalse();
	}

	private boolean inbox(String user, String key, String number) {
		Set<String> keys = new LinkedHashSet<>();
		demo.callAs(user, () -> notifications.inbox())
			.stream()
			.filter(m -> !m.args().isEmpty() && m.args().get(0).equals(number))
			.forEach(m -> keys.add(m.messageKey()));
		return keys.contains(key);
	}

}
