package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.education.rates.RateRollup;
import cn.xiaoan.support.Demo;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The beans and helpers of the homework tests: a county campaign on the demo student's
 * class.
 */
abstract class HomeworkTestSupport {

	@Autowired
	EducationManagement education;

	@Autowired
	RateRollup rollup;

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	long studentClass() {
		return demo.jdbc()
			.sql("select s.class_id from people.student s join people.account a on a.person_id = s.id "
					+ "where a.username = 'student'")
			.query(Long.class)
			.single();
	}

	Campaign countyCampaign(String title, boolean parent) {
		return demo.callAs("tx_safety", () -> education.issue(new IssueCampaign(title, "暑期防溺水", "DROWNING",
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), parent, null)));
	}

	Homework assignToStudentsClass(Campaign campaign) {
		long school = demo.schoolOf("principal");
		return demo.callAs("principal", () -> education.assign(new AssignHomework(school, campaign.id(), null, "",
				List.of(studentClass()), LocalDate.now().plusDays(7), false)));
	}

	Map<Long, Set<Integer>> key(String code, boolean right) {
		return AnswerKeys.sheet(demo.jdbc(), code, right);
	}

	/**
	 * Waits (at most 5 s, the issue's bound) until the roll-up has folded the campaign's
	 * deltas; the scheduled job may be holding the lock, so folding here may do nothing.
	 */
	void settle(long campaign) {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (demo.jdbc()
			.sql("select exists (select 1 from education.rate_delta where campaign_id = :c)")
			.param("c", campaign)
			.query(Boolean.class)
			.single()) {
			assertThat(System.nanoTime()).as("figures visible within 5 s").isLessThan(deadline);
			rollup.fold();
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	Rates ratesOf(long campaign, String unit) {
		return demo.callAs("gx_admin", () -> education.rates(campaign, unit)).self();
	}

	/**
	 * The students on the roll of the classes at school (graduated grades left out) in a
	 * region (by code prefix) or one school, of the given stages (none: every stage) —
	 * what a campaign's 应参与 counts before anyone has assigned it.
	 */
	int studentsOnRoll(String regionPrefix, Long school, String... stages) {
		return demo.jdbc()
			.sql("""
					select count(*) from people.class_roster r join org.class_stage s on s.class_id = r.class_id
					where s.region_code like :p || '%' and (cast(:school as bigint) is null or s.school_id = :school)
					  and (cardinality(cast(:stages as varchar[])) = 0 or s.stage = any(cast(:stages as varchar[])))""")
			.param("p", regionPrefix)
			.param("school", school)
			.param("stages", stages)
			.query(Integer.class)
			.single();
	}

}
