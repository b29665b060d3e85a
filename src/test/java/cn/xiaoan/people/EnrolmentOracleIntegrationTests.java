package cn.xiaoan.people;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.shared.IdCardNumber;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enrolling a number another province holds answers like a new number; the holder sees a
 * transfer request (ADR 0014).
 */
@PlatformTest
class EnrolmentOracleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	PersonalDataCipher cipher;

	private long classOf(long school) {
		return demo.jdbc()
			.sql("select id from org.school_class where school_id = :s order by id limit 1")
			.param("s", school)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> heldStudent(long school) {
		return demo.jdbc().sql("""
				select id, student_no, id_card_enc from people.student
				where school_id = :s and id_card_enc is not null and left_on is null and not claim_pending
				order by id desc limit 1""").param("s", school).query().singleRow();
	}

	private static String newNumber() {
		String first17 = "110101" + "2016"
				+ String.format("%02d%02d", 1 + ThreadLocalRandom.current().nextInt(12),
						1 + ThreadLocalRandom.current().nextInt(28))
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		return first17 + IdCardNumber.checkChar(first17);
	}

	private static String newStudentNo() {
		return "Z" + System.nanoTime();
	}

	private MockHttpServletResponse enrol(String user, String studentNo, String idCard) throws Exception {
		long school = demo.schoolOf(user);
		return mvc
			.perform(post("/api/v1/schools/{id}/students", school).with(demo.as(user))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"classId": %d, "studentNo": "%s", "name": "王小雨", "idCard": "%s",
						 "guardianName": "王大山", "guardianPhone": "13912345678", "guardianRelation": "父亲"}"""
					.formatted(classOf(school), studentNo, idCard)))
			.andReturn()
			.getResponse();
	}

	private static TreeSet<String> keys(MockHttpServletResponse response) throws Exception {
		Map<String, Object> body = JsonPath.read(response.getContentAsString(), "$");
		return new TreeSet<>(body.keySet());
	}

	@Test
	void anIdNumberHeldInAnotherProvinceAnswersLikeANewNumber() throws Exception {
		Map<String, Object> held = heldStudent(demo.schoolOf("principal"));
		String heldCard = cipher.decrypt((byte[]) held.get("id_card_enc"));
		MockHttpServletResponse duplicate = enrol("principal2", newStudentNo(), heldCard);
		MockHttpServletResponse fresh = enrol("principal2", newStudentNo(), newNumber());
		assertThat(duplicate.getStatus()).isEqualTo(fresh.getStatus()).isEqualTo(201);
		assertThat(keys(duplicate)).isEqualTo(keys(fresh));
		assertThat(duplicate.getContentAsString()).doesNotContain("已登记", "taken");
	}

	@Test
	void aStudentNumberHeldInAnotherProvinceAnswersLikeANewNumber() throws Exception {
		Map<String, Object> held = heldStudent(demo.schoolOf("principal"));
		MockHttpServletResponse duplicate = enrol("principal2", (String) held.get("student_no"), newNumber());
		MockHttpServletResponse fresh = enrol("principal2", newStudentNo(), newNumber());
		assertThat(duplicate.getStatus()).isEqualTo(fresh.getStatus()).isEqualTo(201);
		assertThat(keys(duplicate)).isEqualTo(keys(fresh));
	}

	@Test
	void aDuplicateInsideTheCallersOwnSchoolIsStillReported() throws Exception {
		Map<String, Object> held = heldStudent(demo.schoolOf("principal"));
		String heldCard = cipher.decrypt((byte[]) held.get("id_card_enc"));
		MockHttpServletResponse duplicate = enrol("principal", newStudentNo(), heldCard);
		assertThat(duplicate.getStatus()).isEqualTo(400);
		assertThat(duplicate.getContentAsString()).contains("idCard");
	}

	@Test
	void theHoldingSchoolAcceptsTheTransferAndTheStudentMovesWithTheirGuardians() throws Exception {
		long holder = demo.schoolOf("principal");
		Map<String, Object> held = heldStudent(holder);
		long oldId = ((Number) held.get("id")).longValue();
		String heldCard = cipher.decrypt((byte[]) held.get("id_card_enc"));
		long claim = ((Number) JsonPath.read(enrol("principal2", newStudentNo(), heldCard).getContentAsString(),
				"$.id"))
			.longValue();
		long request = demo.jdbc()
			.sql("select id from people.student_transfer_request where claim_id = :c")
			.param("c", claim)
			.query(Long.class)
			.single();
		String page = mvc.perform(get("/schools/{id}/student-transfers", holder).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/student-transfers/" + request + "/accept");
		mvc.perform(post("/student-transfers/{id}/accept", request).param("schoolId", String.valueOf(holder))
			.with(demo.as("principal2"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/student-transfers/{id}/accept", request).param("schoolId", String.valueOf(holder))
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		Map<String, Object> moved = demo.jdbc()
			.sql("""
					select (select claim_pending from people.student where id = :c) as pending,
					       (select left_reason from people.student where id = :o) as reason,
					       (select count(*) from people.student_guardian where student_id = :c) as guardians""")
			.param("c", claim)
			.param("o", oldId)
			.query()
			.singleRow();
		assertThat(moved.get("pending")).isEqualTo(false);
		assertThat(moved.get("reason")).isEqualTo("TRANSFERRED_OUT");
		assertThat(((Number) moved.get("guardians")).intValue()).isGreaterThanOrEqualTo(2);
	}

}
