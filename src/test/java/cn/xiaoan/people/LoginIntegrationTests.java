package cn.xiaoan.people;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Sign-in rules: lockout, audit of every attempt, forced password change, bearer tokens,
 * headers.
 */
@PlatformTest
class LoginIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	AccountManagement accounts;

	@LocalServerPort
	int port;

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("cz_safety").password("wrong-" + i)).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user("cz_safety").password(Demo.PASSWORD)).andExpect(unauthenticated());
		assertThat(demo.jdbc()
			.sql("select count(*) from audit.entry where username = 'cz_safety' and action = 'LOGIN_BAD_CREDENTIALS'")
			.query(Integer.class)
			.single()).isEqualTo(4);
		assertThat(demo.jdbc()
			.sql("select count(*) from audit.entry where username = 'cz_safety' and action = 'LOGIN_LOCKED_OUT'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(demo.jdbc()
			.sql("select count(*) from audit.entry where username = 'cz_safety' and action = 'LOGIN_LOCKED'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		long id = demo.jdbc()
			.sql("select id from people.account where username = 'cz_safety'")
			.query(Long.class)
			.single();
		demo.runAs("cz_admin", () -> accounts.unlock(id));
		mvc.perform(formLogin().user("cz_safety").password(Demo.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aSuccessfulSignInIsAuditedWithTheAddress() throws Exception {
		mvc.perform(formLogin().user("lx_safety").password(Demo.PASSWORD)).andExpect(authenticated());
		assertThat(demo.jdbc()
			.sql("select ip from audit.entry where username = 'lx_safety' and action = 'LOGIN_SUCCESS'")
			.query(String.class)
			.list()).isNotEmpty().allSatisfy(ip -> assertThat(ip).isNotBlank());
	}

	@Test
	void anAccountWithAnInitialPasswordMustChangeItFirst() throws Exception {
		long id = demo.jdbc()
			.sql("select id from people.account where username = 'ms_safety'")
			.query(Long.class)
			.single();
		demo.runAs("ms_admin", () -> accounts.resetPassword(id, "Initial2026"));
		var session = mvc.perform(formLogin().user("ms_safety").password("Initial2026"))
			.andExpect(redirectedUrl("/account/password"))
			.andReturn()
			.getResponse()
			.getCookie("JSESSIONID");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/schools").cookie(session))
			.andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void aBearerTokenActsWithTheIssuersScopeOverRealHttp() throws Exception {
		String token = demo.callAs("tx_admin", () -> accounts.issueToken("教育局数据交换").token());
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> own = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/schools?size=200"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("450422").doesNotContain("\"regionCode\":\"530323\"");
		long other = demo.schoolsIn("530323").get(0);
		HttpResponse<String> foreign = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/schools/" + other))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(foreign.statusCode()).isEqualTo(404);
		HttpResponse<String> forged = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/schools"))
				.header("Authorization", "Bearer " + token + "x")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(401);
	}

	@org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout}")
	java.time.Duration staffIdleTimeout;

	@Test
	void staffAndParentSessionsAlikeExpireAfter30IdleMinutes() throws Exception {
		assertThat(staffIdleTimeout).isEqualTo(java.time.Duration.ofMinutes(30));
		var parent = mvc.perform(formLogin().user("parent").password(Demo.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("JSESSIONID");
		assertThat(demo.sessionIdleSeconds(parent.getValue())).isEqualTo(30 * 60);
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().exists("Content-Security-Policy"));
	}

}
