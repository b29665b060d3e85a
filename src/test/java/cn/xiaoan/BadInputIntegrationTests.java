package cn.xiaoan;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input gets a clear 4xx with field errors in the caller's language, never a 500. */
@PlatformTest
class BadInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Test
	void malformedJsonIsA400ProblemDetail() throws Exception {
		mvc.perform(post("/api/v1/schools").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"12"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void wrongTypesAreA400() throws Exception {
		mvc.perform(post("/api/v1/schools").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"code\":\"2450422990\",\"name\":\"x\",\"type\":\"CASTLE\",\"regionCode\":\"450422\",\"studentCount\":\"many\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/schools/not-a-number").with(demo.as("tx_admin"))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/schools").param("type", "CASTLE").with(demo.as("tx_admin")))
			.andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/policy/regions/450422/NO_SUCH_SETTING").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"1\",\"legalBasis\":\"x\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void oversizeAndMissingFieldsAreNamedInChinese() throws Exception {
		String longName = "校".repeat(101);
		mvc.perform(post("/api/v1/schools").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"12\",\"name\":\"" + longName + "\",\"type\":\"PRIMARY\",\"regionCode\":\"450422\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.code").value("学校代码应为10位数字"))
			.andExpect(jsonPath("$.errors.name").exists());
	}

	@Test
	void englishCallersGetEnglishMessages() throws Exception {
		mvc.perform(post("/api/v1/schools").with(demo.as("tx_admin"))
			.with(csrf())
			.header("Accept-Language", "en")
			.cookie(new jakarta.servlet.http.Cookie("xiaoan-lang", "en"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"12\",\"name\":\"x\",\"type\":\"PRIMARY\",\"regionCode\":\"450422\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.code").value("A school code has 10 digits"));
	}

	@Test
	void businessRulesAreFieldErrors() throws Exception {
		mvc.perform(post("/api/v1/schools").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"2450422991\",\"name\":\"走读学校\",\"type\":\"PRIMARY\",\"regionCode\":\"450422\","
					+ "\"boarding\":false,\"studentCount\":100,\"boarderCount\":20}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.boarderCount").value("非寄宿制学校的寄宿生数应为0"));
		long school = demo.schoolOf("principal");
		long classId = demo.jdbc()
			.sql("select id from org.school_class where school_id = :s limit 1")
			.param("s", school)
			.query(Long.class)
			.single();
		mvc.perform(post("/api/v1/schools/{id}/students", school).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"classId\":" + classId
					+ ",\"studentNo\":\"T-BAD-1\",\"name\":\"错号\",\"idCard\":\"110105194912310021\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.idCard").value("身份证号校验位错误"));
	}

	@Test
	void aRefusedFormComesBackWithEveryErrorAndWhatWasTyped() throws Exception {
		String page = RefusedForms.shownAfter(mvc, demo.as("tx_admin"), "/schools/new",
				post("/schools/new").param("code", "abc")
					.param("name", "保留的名称")
					.param("type", "JUNIOR")
					.param("regionCode", "")
					.param("address", "保留的地址")
					.param("studentCount", "10")
					.param("boarderCount", "0")
					.param("staffCount", "-1")
					.param("boarding", "true")
					.param("_boarding", "on"));
		assertThat(page).contains("学校代码应为10位数字", "value=\"abc\"", "value=\"保留的名称\"", "value=\"保留的地址\"", "value=\"-1\"");
		assertThat(page).containsPattern("<option value=\"JUNIOR\"\\s+selected");
		assertThat(page).containsPattern("id=\"boarding\"[^>]*checked");
		// every field error, each next to its field: code, region and staff count
		assertThat(page.split("class=\"invalid-feedback\"")).hasSize(4);
		String typeMismatch = RefusedForms.shownAfter(mvc, demo.as("tx_admin"), "/schools/new",
				post("/schools/new").param("code", "2450422993")
					.param("name", "保留的名称")
					.param("type", "PRIMARY")
					.param("regionCode", "450422")
					.param("studentCount", "lots")
					.param("boarderCount", "0")
					.param("staffCount", "0"));
		assertThat(typeMismatch).contains("格式不正确", "value=\"lots\"");
	}

	@Test
	void aRefusedFormKeepsNoPasswordOrToken() throws Exception {
		String page = RefusedForms.shownAfter(mvc, demo.as("tx_admin"), "/schools/new",
				post("/schools/new").param("code", "abc").param("newPassword", "Secret#123"));
		assertThat(page).doesNotContain("Secret#123");
	}

	@Test
	void notSignedInApiCallsAre401AndPagesRedirectToLogin() throws Exception {
		mvc.perform(get("/api/v1/schools")).andExpect(status().isUnauthorized());
		mvc.perform(get("/schools").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/schools").header("Authorization", "Bearer xa_nonsense"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPageAddressWithAMalformedValueIsA400Page() throws Exception {
		mvc.perform(get("/hazards").param("from", "yesterday").with(demo.as("tx_safety")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请求格式不正确")));
		mvc.perform(get("/schools/abc").with(demo.as("tx_safety"))).andExpect(status().isBadRequest());
		mvc.perform(get("/hazards").param("status", "NOPE").with(demo.as("tx_safety")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void postsWithoutCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/schools/new").with(demo.as("tx_admin")).param("code", "2450422992"))
			.andExpect(status().isForbidden());
	}

}
