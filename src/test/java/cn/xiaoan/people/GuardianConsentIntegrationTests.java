package cn.xiaoan.people;

import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guardian consent for a child under 14 and one student's data on request (PIPL Art. 31,
 * 45).
 */
@PlatformTest
class GuardianConsentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	RevealRecorder recorder;

	private boolean childAccountEnabled(long child) {
		return demo.jdbc()
			.sql("select bool_and(enabled) from people.account where role = 'STUDENT' and person_id = :c")
			.param("c", child)
			.query(Boolean.class)
			.single();
	}

	@Test
	void aParentWithdrawsConsentAndTheChildsAccountStopsUntilConsentIsGivenAgain() throws Exception {
		long child = demo.studentOf("parent");
		demo.jdbc()
			.sql("update people.student set birth_date = :b where id = :c")
			.param("b", java.time.LocalDate.now().minusYears(10))
			.param("c", child)
			.update();
		try {
			mvc.perform(post("/api/v1/students/{id}/consent", child).param("given", "false")
				.with(demo.as("parent"))
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.needed").value(true))
				.andExpect(jsonPath("$.latest.given").value(false))
				.andExpect(jsonPath("$.latest.method").value("IN_APP"));
			assertThat(childAccountEnabled(child)).isFalse();
			String page = mvc.perform(get("/students/{id}", child).with(demo.as("principal")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("监护人已撤回同意", "家长在线确认");
		}
		finally {
			mvc.perform(post("/api/v1/students/{id}/consent", child).param("given", "true")
				.with(demo.as("parent"))
				.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.latest.given").value(true));
		}
		assertThat(childAccountEnabled(child)).isTrue();
	}

	@Test
	void theSchoolRecordsAPaperFormAndOnlyAGuardianAnswersInTheApp() throws Exception {
		long child = demo.studentOf("parent");
		mvc.perform(post("/api/v1/students/{id}/consent", child).param("given", "true")
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/students/{id}/consent", child).param("guardian", "王建国")
			.param("relation", "父亲")
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/students/{id}/consent", child).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.latest.method").value("PAPER"))
			.andExpect(jsonPath("$.latest.guardian").value("王建国"));
		long other = demo.studentOutside(demo.schoolOf("principal"));
		mvc.perform(post("/api/v1/students/{id}/consent", other).param("given", "false")
			.with(demo.as("parent"))
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aParentDownloadsTheirChildsDataAndTheDownloadIsAnnounced() throws Exception {
		long child = demo.studentOf("parent");
		String real = cipher.decrypt(demo.jdbc()
			.sql("select id_card_enc from people.student where id = :id")
			.param("id", child)
			.query(byte[].class)
			.single());
		int before = recorder.heard.size();
		String body = mvc.perform(get("/students/{id}/personal-data", child).with(demo.as("parent")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains(real, "监护人");
		assertThat(recorder.heard.subList(before, recorder.heard.size()))
			.anyMatch(r -> r.entityId().equals(String.valueOf(child)) && r.purpose().contains("第四十五条"));
		mvc.perform(get("/students/{id}/personal-data", child).with(demo.as("principal"))).andExpect(status().isOk());
		mvc.perform(get("/students/{id}/personal-data", child).with(demo.as("headteacher")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/students/{id}/personal-data", child).with(demo.as("principal2")))
			.andExpect(status().isNotFound());
	}

}
