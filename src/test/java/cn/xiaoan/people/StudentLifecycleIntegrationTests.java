package cn.xiaoan.people;

import java.time.LocalDate;
import java.util.Map;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A student leaving, anonymised on request or after the retention period, and corrected
 * with an audited before/after (ADR 0014).
 */
@PlatformTest
class StudentLifecycleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	StudentRetention retention;

	/** A student of the principal's school with one guardian who has no other child. */
	private long studentWithOwnGuardian(int skip) {
		return demo.jdbc()
			.sql("""
					select s.id from people.student s join people.student_guardian l on l.student_id = s.id
					where s.school_id = :school and s.left_on is null and s.id_card_enc is not null
					  and (select count(*) from people.student_guardian o where o.guardian_id = l.guardian_id) = 1
					  and not exists (select 1 from people.account a where a.username in ('parent', 'student')
					                  and a.person_id in (s.id, l.guardian_id))
					order by s.id limit 1 offset :skip""")
			.param("school", demo.schoolOf("principal"))
			.param("skip", skip)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> row(long id) {
		return demo.jdbc()
			.sql("""
					select name, student_no, id_card_enc is null as no_card, id_card_masked, anonymised_at is not null as anon,
					       left_reason, (select count(*) from people.student_guardian where student_id = s.id) as guardians
					from people.student s where id = :id""")
			.param("id", id)
			.query()
			.singleRow();
	}

	@Test
	void aPrincipalRecordsLeavingThenAnonymisesKeepingTheRowForStatistics() throws Exception {
		long student = studentWithOwnGuardian(3);
		long guardian = demo.jdbc()
			.sql("select guardian_id from people.student_guardian where student_id = :s")
			.param("s", student)
			.query(Long.class)
			.single();
		mvc.perform(post("/api/v1/students/{id}/anonymise", student).with(demo.as("principal")).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/students/{id}/leave", student).param("reason", "DROPPED_OUT")
			.with(demo.as("safety"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/students/{id}/leave", student).param("reason", "DROPPED_OUT")
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().isNoContent());
		assertThat(row(student).get("left_reason")).isEqualTo("DROPPED_OUT");
		mvc.perform(post("/api/v1/students/{id}/anonymise", student).with(demo.as("principal")).with(csrf()))
			.andExpect(status().isNoContent());
		Map<String, Object> after = row(student);
		assertThat(after.get("name")).isEqualTo(StudentRetention.ANONYMOUS);
		assertThat((String) after.get("student_no")).startsWith("ANON-");
		assertThat(after.get("no_card")).isEqualTo(true);
		assertThat(after.get("id_card_masked")).isEqualTo("");
		assertThat(((Number) after.get("guardians")).intValue()).isZero();
		assertThat(demo.jdbc()
			.sql("select count(*) from people.guardian where id = :g")
			.param("g", guardian)
			.query(Integer.class)
			.single()).isZero();
		assertThat(demo.jdbc()
			.sql("select count(*) from people.account where person_id in (:s, :g) and role in ('STUDENT', 'PARENT') and enabled")
			.param("s", student)
			.param("g", guardian)
			.query(Integer.class)
			.single()).isZero();
		String page = mvc.perform(get("/students/{id}", student).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("left-notice").doesNotContain("reveal-id-card");
	}

	@Test
	void theRetentionSweepAnonymisesOnlyStudentsWhoLeftLongerAgoThanThePolicySays() {
		long longAgo = studentWithOwnGuardian(6);
		long recently = studentWithOwnGuardian(7);
		LocalDate today = LocalDate.now();
		demo.jdbc()
			.sql("update people.student set left_on = :d, left_reason = 'TRANSFERRED_OUT' where id = :id")
			.param("d", today.minusYears(3).minusDays(1))
			.param("id", longAgo)
			.update();
		demo.jdbc()
			.sql("update people.student set left_on = :d, left_reason = 'TRANSFERRED_OUT' where id = :id")
			.param("d", today.minusYears(2))
			.param("id", recently)
			.update();
		assertThat(retention.anonymiseDue()).isGreaterThanOrEqualTo(1);
		assertThat(row(longAgo).get("anon")).isEqualTo(true);
		assertThat(row(recently).get("anon")).isEqualTo(false);
		assertThat(row(recently).get("name")).isNotEqualTo(StudentRetention.ANONYMOUS);
	}

	@Test
	void aCorrectionIsAuditedWithMaskedValuesBeforeAndAfter() throws Exception {
		long student = studentWithOwnGuardian(9);
		Map<String, Object> s = demo.jdbc()
			.sql("select class_id, name from people.student where id = :id")
			.param("id", student)
			.query()
			.singleRow();
		String first17 = "45042220150303" + String.format("%03d", (int) (student % 1000));
		String card = first17 + cn.xiaoan.shared.IdCardNumber.checkChar(first17);
		mvc.perform(post("/students/{id}/edit", student).param("classId", String.valueOf(s.get("class_id")))
			.param("name", s.get("name") + "更")
			.param("idCard", card)
			.param("boarder", "false")
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		Map<String, Object> audit = demo.jdbc()
			.sql("""
					select cast(before as text) as b, cast(after as text) as a from audit.entry
					where entity_type = 'student' and entity_id = :id and action = 'UPDATE' order by id desc limit 1""")
			.param("id", String.valueOf(student))
			.query()
			.singleRow();
		assertThat((String) audit.get("b")).contains(s.get("name").toString()).doesNotContainPattern("\\d{17}[\\dX]");
		assertThat((String) audit.get("a")).contains(s.get("name") + "更", "4504**************", "idCardCorrected")
			.doesNotContain(card);
	}

}
