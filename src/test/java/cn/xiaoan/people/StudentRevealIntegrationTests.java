package cn.xiaoan.people;

import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only the roles that need the full number see it, on an explicit, announced reveal. */
@PlatformTest
class StudentRevealIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	RevealRecorder recorder;

	private long studentOfHeadTeacher() {
		return demo.jdbc().sql("""
				select s.id from people.student s join people.staff t on t.head_class_id = s.class_id
				join people.account a on a.person_id = t.id and a.username = 'headteacher'
				where s.id_card_enc is not null order by s.id limit 1""").query(Long.class).single();
	}

	private ResultActions reveal(String user, long student, String field) throws Exception {
		return mvc.perform(post("/api/v1/students/{id}/reveal", student).with(demo.as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fields\": [\"" + field + "\"], \"purpose\": \"学生平安保险理赔\"}"));
	}

	@Test
	void aPrincipalRevealsTheFullIdNumberAndTheRevealIsAnnounced() throws Exception {
		long student = studentOfHeadTeacher();
		String real = cipher.decrypt(demo.jdbc()
			.sql("select id_card_enc from people.student where id = :id")
			.param("id", student)
			.query(byte[].class)
			.single());
		int before = recorder.heard.size();
		reveal("principal", student, "idCard").andExpect(status().isOk()).andExpect(jsonPath("$.idCard").value(real));
		assertThat(recorder.heard.subList(before, recorder.heard.size()))
			.anyMatch(r -> r.entityId().equals(String.valueOf(student)) && r.fields().contains("idCard")
					&& r.purpose().equals("学生平安保险理赔"));
		mvc.perform(get("/students/{id}", student).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(real)
				.contains("reveal-id-card"));
	}

	@Test
	void aHeadTeacherRevealsGuardianPhonesButNeverTheIdNumber() throws Exception {
		long student = studentOfHeadTeacher();
		reveal("headteacher", student, "guardianPhones").andExpect(status().isOk())
			.andExpect(jsonPath("$.guardians[0].phone").value(org.hamcrest.Matchers.matchesPattern("1\\d{10}")));
		reveal("headteacher", student, "idCard").andExpect(status().isForbidden());
	}

	@Test
	void aCountyOfficerRevealsNothingAndAnUnknownFieldIsRefused() throws Exception {
		long student = studentOfHeadTeacher();
		reveal("tx_safety", student, "idCard").andExpect(status().isForbidden());
		reveal("tx_safety", student, "guardianPhones").andExpect(status().isForbidden());
		reveal("principal", student, "password").andExpect(status().isBadRequest());
		reveal("principal2", student, "idCard").andExpect(status().isNotFound());
	}

}
