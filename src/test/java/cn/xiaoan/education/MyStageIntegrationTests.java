package cn.xiaoan.education;

import java.util.Optional;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lessons that suit a caller come first: a student's stage is their own class's, a
 * parent's their first child's, read through people's and org's APIs (ADR 0082); staff
 * and bureaus have none. Checked against the published views the old query read.
 */
@PlatformTest
class MyStageIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	EducationManagement education;

	@Test
	void aStudentsStageIsTheirClasssAndAParentsTheirFirstChilds() {
		for (String account : new String[] { "student", "parent" }) {
			Optional<Stage> expected = demo.jdbc()
				.sql("""
						select st.stage from people.student_account a
						join people.class_roster r on r.student_id = a.student_id
						join org.class_stage st on st.class_id = r.class_id
						join people.account x on x.id = a.account_id
						where x.username = :u order by r.student_id limit 1""")
				.param("u", account)
				.query(String.class)
				.optional()
				.map(Stage::valueOf);
			assertThat(expected).as(account + " has a class with a stage in the demo").isPresent();
			assertThat(demo.callAs(account, () -> education.myStage())).as(account).isEqualTo(expected);
		}
	}

	@Test
	void staffAndBureausHaveNoStage() {
		for (String account : new String[] { "headteacher", "principal", "tx_safety" }) {
			assertThat(demo.callAs(account, () -> education.myStage())).as(account).isEmpty();
		}
	}

}
