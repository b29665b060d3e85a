package cn.xiaoan.people;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Malformed requests to the privacy endpoints are refused with a 4xx, never a 5xx. */
@PlatformTest
class PrivacyInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Test
	void malformedPrivacyRequestsAreRefusedAndNeverFail() throws Exception {
		long student = demo.studentOf("parent");
		String json = MediaType.APPLICATION_JSON_VALUE;
		List<MockHttpServletRequestBuilder> requests = List.of(post("/api/v1/students/{id}/leave", student),
				post("/api/v1/students/{id}/leave", student).param("reason", "EXPELLED"),
				post("/api/v1/students/{id}/consent", student).param("given", "maybe"),
				post("/api/v1/students/{id}/reveal", student).contentType(json).content("{}"),
				post("/api/v1/students/{id}/reveal", student).contentType(json)
					.content("{\"fields\": [null], \"purpose\": \"\"}"),
				post("/api/v1/students/{id}/reveal", student).contentType(json)
					.content("{\"fields\": [\"idCard\"], \"purpose\": \"" + "长".repeat(101) + "\"}"),
				post("/api/v1/students/{id}/reveal", student).contentType(json).content("[1, 2"),
				post("/students/{id}/reveal", student).param("field", "nothing"),
				post("/student-transfers/{id}/accept", 999_999_999L).param("schoolId", "1"),
				post("/student-transfers/{id}/refuse", 1L),
				post("/students/{id}/consent", student).param("guardian", "长".repeat(60)).param("relation", ""),
				post("/students/{id}/edit", student), post("/students/{id}/edit", student).param("classId", "x"),
				post("/students/{id}/edit", student).param("classId", "1").param("name", "甲").param("idCard", "123"),
				get("/students/{id}/personal-data", 999_999_999L),
				post("/api/v1/students/{id}/anonymise", 999_999_999L));
		for (MockHttpServletRequestBuilder request : requests) {
			int status = mvc.perform(request.with(demo.as("principal")).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(request.toString()).isLessThan(500).isNotEqualTo(200);
		}
	}

}
