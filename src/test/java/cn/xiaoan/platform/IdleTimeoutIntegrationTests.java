package cn.xiaoan.platform;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 等保2.0 三级 会话超时: every role's session ends after the policy's idle minutes (30 by
 * default); a phone may remember the sign-in name, never the session.
 */
@PlatformTest
class IdleTimeoutIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	PolicyManagement policy;

	private int idleSecondsAfterSignIn(String username) throws Exception {
		String cookie = mvc.perform(formLogin().user(username).password(Demo.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("JSESSIONID")
			.getValue();
		return demo.sessionIdleSeconds(cookie);
	}

	@Test
	void aStudentSessionExpiresAfterThirtyIdleMinutes() throws Exception {
		assertThat(PolicySetting.SESSION_IDLE_MINUTES.nationalDefault()).isEqualTo("30");
		assertThat(idleSecondsAfterSignIn("student")).isEqualTo(30 * 60);
		assertThat(idleSecondsAfterSignIn("parent")).isEqualTo(30 * 60);
		assertThat(idleSecondsAfterSignIn("principal")).isEqualTo(30 * 60);
	}

	@Test
	void theAppSignInGetsTheSameIdleTimeout() throws Exception {
		String student = demo.jdbc()
			.sql("select username from people.account where role = 'STUDENT' and username like 'G%' order by id limit 1")
			.query(String.class)
			.single();
		mvc.perform(post(SessionController.PATH).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + student + "\",\"password\":\"" + Demo.PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idleTimeoutSeconds").value(1800));
	}

	@Test
	void aCountyMayShortenTheIdleTimeoutForItsSchools() throws Exception {
		String region = demo.callAs("student", () -> cn.xiaoan.shared.Callers.current().scope().schoolRegion());
		String county = region.substring(0, 6);
		String admin = demo.jdbc()
			.sql("select username from people.account where role = 'BUREAU_ADMIN' and region_code = :c")
			.param("c", county)
			.query(String.class)
			.single();
		demo.runAs(admin, () -> policy.override(PolicySetting.SESSION_IDLE_MINUTES, county, "15", "县教育局网络安全规定"));
		try {
			assertThat(idleSecondsAfterSignIn("student")).isEqualTo(15 * 60);
		}
		finally {
			demo.runAs(admin, () -> policy.removeOverride(PolicySetting.SESSION_IDLE_MINUTES, county));
		}
	}

	@Test
	void rememberThisPhoneKeepsTheNameNotTheSession() throws Exception {
		var response = mvc
			.perform(post("/login").with(csrf())
				.param("username", "parent")
				.param("password", Demo.PASSWORD)
				.param("remember", "on"))
			.andExpect(authenticated())
			.andReturn()
			.getResponse();
		Cookie kept = response.getCookie(LoginName.COOKIE);
		assertThat(kept).isNotNull();
		assertThat(kept.getValue()).isEqualTo("parent");
		assertThat(kept.isHttpOnly()).isTrue();
		assertThat(kept.getPath()).isEqualTo("/login");
		assertThat(kept.getMaxAge()).isPositive();
		String page = mvc.perform(get("/login").cookie(new Cookie(LoginName.COOKIE, "parent")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"parent\"").containsPattern("id=\"remember\"[^>]*checked");
		// The name alone signs nobody in.
		assertThat(mvc.perform(get("/").cookie(new Cookie(LoginName.COOKIE, "parent")))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(302, 401);
		Cookie forgotten = mvc.perform(formLogin().user("parent").password(Demo.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie(LoginName.COOKIE);
		assertThat(forgotten).isNotNull();
		assertThat(forgotten.getMaxAge()).isZero();
	}

}
