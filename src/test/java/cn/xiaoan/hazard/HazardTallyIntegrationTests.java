package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's rollup (ADR 0005) equals the straightforward SQL over the hazards after
 * reports, every transition, a rejected verification, spot fixes, closures, escalation
 * and a direct update — and this test notices when it does not.
 */
@PlatformTest
class HazardTallyIntegrationTests {

	private static final String MONTH = "date_trunc('month', found_at at time zone 'Asia/Shanghai')::date";

	private static final List<String[]> TALLIES = List.of(new String[] { "tally_county", """
			select left(region_code, 6), %s, status, coalesce(grade, ''), category, count(*) from hazard.hazard
			group by 1, 2, 3, 4, 5""".formatted(MONTH) }, new String[] { "tally_school", """
			select region_code, school_id, %s, status, coalesce(grade, ''), category, count(*) from hazard.hazard
			group by 1, 2, 3, 4, 5, 6""".formatted(MONTH) }, new String[] { "close_days_county", """
			select left(region_code, 6), %s, floor(extract(epoch from closed_at - found_at) / 86400), count(*)
			from hazard.hazard where closed_at is not null group by 1, 2, 3""".formatted(MONTH) },
			new String[] { "close_days_school", """
					select region_code, school_id, %s, floor(extract(epoch from closed_at - found_at) / 86400), count(*)
					from hazard.hazard where closed_at is not null group by 1, 2, 3, 4""".formatted(MONTH) });

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	RectificationPlans plans;

	@Autowired
	HazardEscalation escalation;

	@Autowired
	HazardLedger ledger;

	@Autowired
	TransactionTemplate tx;

	private long report(String user, long school, String title, SafetyCategory category) {
		return demo.callAs(user, () -> hazards
			.report(new ReportHazard(school, title, "描述", "操场", category, HazardSource.AD_HOC, null, null, null))
			.id());
	}

	@Test
	void theRollupEqualsTheStraightforwardSqlAfterEveryKindOfChange() {
		long school = demo.schoolOf("principal");
		long other = demo.schoolOf("principal2");
		long closed = report("teacher", school, "单杠底座锈蚀", SafetyCategory.SPORTS);
		long rejected = report("teacher", school, "楼梯扶手松动", SafetyCategory.BUILDINGS);
		long fixed = report("guard", school, "消防通道堆放杂物", SafetyCategory.FIRE);
		long overdue = report("principal2", other, "配电房门锁损坏", SafetyCategory.KEY_AREAS);
		report("principal2", other, "饮水机滤芯超期未换", SafetyCategory.HEALTH);
		demo.runAs("safety", () -> {
			for (long id : List.of(closed, rejected)) {
				hazards.register(id);
				hazards.grade(id, id == closed ? HazardGrade.GENERAL : HazardGrade.MAJOR, null);
				plans.file(id, new RectificationPlan("张伟", "更换", new java.math.BigDecimal("800"),
						LocalDate.now().plusDays(5), "设置警示"));
				hazards.startRectification(id);
				hazards.completeRectification(id, "已更换");
			}
			hazards.fixOnTheSpot(fixed, "已清理");
		});
		demo.runAs("principal", () -> {
			hazards.verify(closed, true, "合格");
			hazards.close(closed);
			hazards.verify(rejected, false, "不合格");
		});
		demo.runAs("principal2", () -> {
			hazards.register(overdue);
			hazards.grade(overdue, HazardGrade.GENERAL, LocalDate.now());
		});
		demo.jdbc()
			.sql("update hazard.hazard set deadline = current_date - 3 where id = :id")
			.param("id", overdue)
			.update();
		escalation.escalateOverdue();
		demo.jdbc()
			.sql("update hazard.hazard set closed_at = closed_at + interval '2 days 3 hours' where id = :id")
			.param("id", closed)
			.update();

		assertThat(drift()).isEmpty();
		for (String user : List.of("tx_safety", "wz_safety", "gx_safety", "tzz_safety", "principal", "admin")) {
			HazardStatistics fast = demo.callAs(user, () -> ledger.statistics(LedgerQuery.all()));
			HazardStatistics slow = demo.callAs(user, () -> ledger.statisticsFromHazards(LedgerQuery.all()));
			assertThat(fast.total().hazards()).as(user).isPositive();
			assertThat(withoutMedian(fast.total())).as(user).isEqualTo(withoutMedian(slow.total()));
			assertThat(fast.byStatus()).as(user).isEqualTo(slow.byStatus());
			assertThat(fast.byGrade()).as(user).isEqualTo(slow.byGrade());
			assertThat(fast.byCategory()).as(user).isEqualTo(slow.byCategory());
			assertThat(List.copyOf(fast.byCategory().values())).as(user)
				.isSortedAccordingTo((a, b) -> Long.compare(b, a));
			assertThat(fast.below()).as(user).hasSameSizeAs(slow.below());
			for (int i = 0; i < fast.below().size(); i++) {
				var f = fast.below().get(i);
				var s = slow.below().get(i);
				assertThat(f.key()).isEqualTo(s.key());
				assertThat(f.name()).isEqualTo(s.name());
				assertThat(withoutMedian(f.figures())).as(user + " " + f.key()).isEqualTo(withoutMedian(s.figures()));
			}
			assertThat(fast.total().medianDaysToClose()).as(user).isEqualTo(wholeDayMedian(user));
			var page = demo.callAs(user, () -> ledger.ledger(LedgerQuery.all()));
			assertThat(page.total()).as(user).isEqualTo(slow.total().hazards());
			assertThat(page.items()).as(user).hasSize((int) Math.min(50, slow.total().hazards()));
		}
		var open = new LedgerQuery(null, null, HazardStatus.RECTIFYING, HazardGrade.MAJOR, SafetyCategory.BUILDINGS,
				null, null, null, 0);
		assertThat(demo.callAs("tx_safety", () -> ledger.ledger(open).total())).isEqualTo(demo.jdbc().sql("""
				select count(*) from hazard.hazard where region_code like '450422%' and status = 'RECTIFYING'
				and grade = 'MAJOR' and category = 'BUILDINGS'""").query(Long.class).single());
	}

	@Test
	void aRollupThatDriftsIsNoticed() {
		tx.executeWithoutResult(status -> {
			demo.jdbc()
				.sql("update hazard.tally_county set hazards = hazards + 1 where region_code like '450422%'")
				.update();
			demo.jdbc()
				.sql("delete from hazard.close_days_school where days = (select min(days) from hazard.close_days_school)")
				.update();
			assertThat(drift()).contains("tally_county", "close_days_school").doesNotContain("tally_school");
			status.setRollbackOnly();
		});
		assertThat(drift()).isEmpty();
	}

	/** The rollup tables whose rows differ from the straightforward GROUP BY. */
	private List<String> drift() {
		return TALLIES.stream().filter(t -> {
			String rollup = "select * from hazard." + t[0] + " where hazards <> 0";
			String both = "select count(*) from ((" + t[1] + " except " + rollup + ") union all (" + rollup + " except "
					+ t[1] + ")) d";
			return demo.jdbc().sql(both).query(Long.class).single() > 0;
		}).map(t -> t[0]).toList();
	}

	private Double wholeDayMedian(String user) {
		String prefix = demo.callAs(user, () -> cn.xiaoan.shared.Callers.current().scope().sqlRegionPrefix());
		Long school = demo.callAs(user, () -> cn.xiaoan.shared.Callers.current().scope().sqlSchoolId());
		Double median = demo.jdbc()
			.sql("""
					select percentile_cont(0.5) within group (order by floor(extract(epoch from closed_at - found_at) / 86400))
					from hazard.hazard where closed_at is not null and region_code like :p || '%'
					and (cast(:s as bigint) is null or school_id = :s)""")
			.param("p", prefix)
			.param("s", school)
			.query(Double.class)
			.single();
		return median == null ? null : Math.round(median * 10) / 10.0;
	}

	private static HazardFigures withoutMedian(HazardFigures f) {
		return new HazardFigures(f.hazards(), f.open(), f.major(), f.overdue(), f.fixed(), null);
	}

}
