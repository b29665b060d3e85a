package cn.xiaoan.people;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API login {@code POST /api/v1/session}: the same session, lockout and audit as the
 * login form.
 */
@PlatformTest
class SessionApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	AccountManagement accounts;

	@LocalServerPort
	int port;

	private static String credentials(String username, String password) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
	}

	private String generatedStudent(int offset) {
		return demo.jdbc()
			.sql("select username from people.account where role = 'STUDENT' and username like 'G%' order by id desc limit 1 offset :o")
			.param("o", offset)
			.query(String.class)
			.single();
	}

	private int audited(String username, String action) {
		return demo.jdbc()
			.sql("select count(*) from audit.entry where username = :u and action = :a")
			.param("u", username)
			.param("a", action)
			.query(Integer.class)
			.single();
	}

	private static HttpRequest page(String base) {
		return HttpRequest.newBuilder(URI.create(base + "/me")).header("Accept", "text/html").build();
	}

	@Test
	void aStudentSignsInOverRealHttpAndTheCookieCarriesTheSession() throws Exception {
		String student = generatedStudent(7);
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;
		HttpResponse<String> before = http.send(page(base), HttpResponse.BodyHandlers.ofString());
		assertThat(before.statusCode()).isEqualTo(302);
		assertThat(before.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

		HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(credentials(student, Demo.PASSWORD)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
		assertThat(signIn.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying(c -> assertThat(c).contains("JSESSIONID"));
		assertThat(signIn.body()).contains("\"username\":\"" + student + "\"", "\"role\":\"STUDENT\"",
				"\"idleTimeoutSeconds\":1800", "\"csrfToken\":\"");

		HttpResponse<String> after = http.send(page(base), HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).as(after.headers().map() + after.body()).isEqualTo(200);
		assertThat(audited(student, "LOGIN_SUCCESS")).isEqualTo(1);
		assertThat(demo.jdbc()
			.sql("select ip from audit.entry where username = :u and action = 'LOGIN_SUCCESS'")
			.param("u", student)
			.query(String.class)
			.single()).isNotBlank();
		assertThat(demo.jdbc()
			.sql("select last_login_at is not null from people.account where username = :u")
			.param("u", student)
			.query(Boolean.class)
			.single()).isTrue();

		String csrf = signIn.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
		HttpResponse<String> signOut = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
			.header("X-CSRF-TOKEN", csrf)
			.DELETE()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signOut.statusCode()).isEqualTo(204);
		assertThat(http.send(page(base), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(302);
	}

	@Test
	void aMalformedBodyIsA400WithFieldErrors() throws Exception {
		mvc.perform(
				post("/api/v1/session").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"student\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.password").isNotEmpty());
		mvc.perform(post("/api/v1/session").contentType(MediaType.APPLICATION_JSON)
			.content(credentials(" ", "x".repeat(65))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.username").isNotEmpty())
			.andExpect(jsonPath("$.errors.password").isNotEmpty());
		mvc.perform(post("/api/v1/session").contentType(MediaType.APPLICATION_JSON).content("{\"username\":"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/session").contentType(MediaType.TEXT_PLAIN)
			.content(credentials("student", Demo.PASSWORD))).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountAndTheLockAppliesToTheApiLogin() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/session").contentType(MediaType.APPLICATION_JSON)
				.content(credentials("wx_safety", "wrong-" + i)))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(post("/api/v1/session").contentType(MediaType.APPLICATION_JSON)
			.content(credentials("wx_safety", Demo.PASSWORD))).andExpect(status().isUnauthorized());
		assertThat(audited("wx_safety", "LOGIN_BAD_CREDENTIALS")).isEqualTo(4);
		assertThat(audited("wx_safety", "LOGIN_LOCKED_OUT")).isEqualTo(1);
		assertThat(audited("wx_safety", "LOGIN_LOCKED")).isEqualTo(1);

		long id = demo.jdbc()
			.sql("select id from people.account where username = 'wx_safety'")
			.query(Long.class)
			.single();
		demo.runAs("wx_admin", () -> accounts.unlock(id));
		mvc.perform(post("/api/v1/session").contentType(MediaType.APPLICATION_JSON)
			.content(credentials("wx_safety", Demo.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("BUREAU_SAFETY_OFFICER"));
	}

	@Test
	void anUnknownNameIsA401LikeAWrongPassword() throws Exception {
		mvc.perform(post("/api/v1/session").contentType(MediaType.APPLICATION_JSON)
			.content(credentials("nobody-here", Demo.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		assertThat(audited("nobody-here", "LOGIN_BAD_CREDENTIALS")).isEqualTo(1);
	}

	@Test
	void theBusyLoginPageAnswers429WithRetryAfterInChinese() throws Exception {
		mvc.perform(get("/login/busy"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*登录人数较多，请约 [1-9][0-9]? 秒后再试.*")));
	}

	@Test
	void theApiLoginIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/session'].post.responses['429']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/session'].post.responses['401']").exists());
	}

}
