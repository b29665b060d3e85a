package cn.xiaoan.hazard;

import java.time.LocalDate;

import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 逾期上报 (DOMAIN.md §3.2): an overdue hazard rises one level per overdue period through
 * every bureau above its school — the township's first where the school has one — up to
 * the level the policy names, and no hazard is without the deadline that makes it
 * overdue.
 */
@PlatformTest
class HazardEscalationRulesIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	HazardEscalation escalation;

	private long overdue(long school, String title) {
		long id = demo.callAs("admin", () -> hazards
			.report(new ReportHazard(school, title, "", "", SafetyCategory.FIRE, null, null, null, HazardGrade.GENERAL))
			.id());
		demo.runAs("admin", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.GENERAL, LocalDate.now());
		});
		demo.jdbc().sql("update hazard.hazard set deadline = current_date - 3 where id = :id").param("id", id).update();
		return id;
	}

	private String level(long id) {
		return demo.jdbc()
			.sql("select escalation_level from hazard.hazard where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private void lastRaisedDaysAgo(long id, int days) {
		demo.jdbc()
			.sql("update hazard.hazard set escalated_at = now() - make_interval(days => :d) where id = :id")
			.param("d", days)
			.param("id", id)
			.update();
	}

	private long countySchool() {
		return demo.jdbc()
			.sql("select id from org.school where region_code = '450422' order by id limit 1")
			.query(Long.class)
			.single();
	}

	@Test
	void anOverdueHazardRisesOneLevelPerOverduePeriodNotOneADay() {
		long id = overdue(countySchool(), "逐级上报测试：每期一级");
		escalation.escalateOverdue();
		assertThat(level(id)).isEqualTo("COUNTY");
		lastRaisedDaysAgo(id, 2);
		escalation.escalateOverdue();
		assertThat(level(id)).as("two days later, within the county's period").isEqualTo("COUNTY");
		lastRaisedDaysAgo(id, 10);
		escalation.escalateOverdue();
		assertThat(level(id)).isEqualTo("CITY");
	}

	@Test
	void aTownshipSchoolsOverdueHazardReachesTheTownshipBeforeTheCounty() {
		long school = demo.jdbc()
			.sql("select id from org.school where region_code like '450422___' order by id limit 1")
			.query(Long.class)
			.single();
		long id = overdue(school, "逐级上报测试：乡镇学校");
		escalation.escalateOverdue();
		assertThat(level(id)).isEqualTo("TOWNSHIP");
		assertThat(demo.jdbc()
			.sql("select note_args[1] from hazard.transition where hazard_id = :id and note_key like 'hazard.history.escalated.%'")
			.param("id", id)
			.query(String.class)
			.single()).hasSize(9).startsWith("450422");
		lastRaisedDaysAgo(id, 10);
		escalation.escalateOverdue();
		assertThat(level(id)).isEqualTo("COUNTY");
	}

	@Test
	void escalationStopsAtTheLevelThePolicyNames() {
		long id = overdue(countySchool(), "逐级上报测试：止于市级");
		demo.jdbc().sql("update hazard.hazard set escalation_level = 'CITY' where id = :id").param("id", id).update();
		lastRaisedDaysAgo(id, 60);
		escalation.escalateOverdue();
		assertThat(level(id)).isEqualTo("CITY");
	}

	@Test
	void everyOpenHazardHasADeadlineSoNoneEscapesEscalation() {
		long id = demo.callAs("admin", () -> hazards
			.report(new ReportHazard(countySchool(), "逐级上报测试：未定级", "", "", SafetyCategory.FIRE, null, null, null, null))
			.id());
		assertThat(demo.callAs("admin", () -> hazards.summary(id)).deadline()).isNotNull();
		assertThat(demo.jdbc()
			.sql("select count(*) from hazard.hazard where deadline is null and status not in ('VERIFIED', 'CLOSED')")
			.query(Long.class)
			.single()).isZero();
		demo.jdbc().sql("update hazard.hazard set deadline = current_date - 3 where id = :id").param("id", id).update();
		escalation.escalateOverdue();
		assertThat(level(id)).isEqualTo("COUNTY");
	}

}
