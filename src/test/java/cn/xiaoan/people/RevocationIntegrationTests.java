package cn.xiaoan.people;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an account signed in with ends when its password is changed or reset, or it is
 * locked out: the other sessions at their next request, the bearer tokens at once. The
 * session that changed its own password goes on with a new id. Tokens are for the API
 * only.
 */
@PlatformTest
class RevocationIntegrationTests {

	static final String PASSWORD = "Start2026a";

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	AccountManagement accounts;

	@LocalServerPort
	int port;

	/** A county administrator of 藤县 (who may issue tokens), signed in nowhere yet. */
	private long administrator(String username) throws Exception {
		AccountIntegrationTests.create(mvc, demo, "tx_admin", """
				{"username":"%s","displayName":"藤县 管理员","role":"BUREAU_ADMIN","regionCode":"450422",
				 "initialPassword":"%s"}""".formatted(username, PASSWORD)).andExpect(status().isCreated());
		return demo.jdbc()
			.sql("update people.account set must_change_password = false where username = :u returning id")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private FormClient signedIn(String username, String password) throws Exception {
		FormClient client = new FormClient(port).openLogin();
		assertThat(client.login(username, password).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		return client;
	}

	private int withToken(String token, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsAndTheTokensAndRenewsTheOwnSession() throws Exception {
		administrator("tx_rev_change");
		String token = demo.callAs("tx_rev_change", () -> accounts.issueToken("对接").token());
		assertThat(withToken(token, "/api/v1/accounts")).isEqualTo(200);
		FormClient phone = signedIn("tx_rev_change", PASSWORD);
		FormClient desk = signedIn("tx_rev_change", PASSWORD);
		assertThat(desk.get("/schools").statusCode()).isEqualTo(200);
		String before = desk.sessionId();
		desk.get("/account/password");
		HttpResponse<String> changed = desk.post("/account/password", "current=" + PASSWORD + "&replacement="
				+ FormClient.encode("Changed#2026x") + "&confirmation=" + FormClient.encode("Changed#2026x"));
		assertThat(location(changed)).endsWith("/?passwordChanged");

		assertThat(desk.sessionId()).isNotEqualTo(before);
		assertThat(desk.get("/schools").statusCode()).isEqualTo(200);
		assertThat(location(phone.get("/schools"))).endsWith("/login?changed");
		FormClient thief = new FormClient(port);
		thief.useSession(before);
		assertThat(location(thief.get("/schools"))).contains("/login");
		assertThat(withToken(token, "/api/v1/accounts")).isEqualTo(401);
	}

	@Test
	void aTokenCallLeavesNoSessionBehind() throws Exception {
		administrator("tx_rev_stateless");
		String token = demo.callAs("tx_rev_stateless", () -> accounts.issueToken("对接").token());
		long start = System.currentTimeMillis();
		for (int i = 0; i < 10; i++) {
			HttpResponse<Void> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/accounts"))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
		}
		assertThat(demo.jdbc()
			.sql("select count(*) from sessions.spring_session where creation_time >= :start")
			.param("start", start)
			.query(Integer.class)
			.single()).as("no shared session row written for token calls (ADR 0046)").isZero();
	}

	@Test
	void anAdministratorsResetEndsTheSessionsAndTheTokens() throws Exception {
		long id = administrator("tx_rev_reset");
		String token = demo.callAs("tx_rev_reset", () -> accounts.issueToken("对接").token());
		FormClient desk = signedIn("tx_rev_reset", PASSWORD);
		assertThat(desk.get("/api/v1/schools").statusCode()).isEqualTo(200);
		mvc.perform(post("/api/v1/accounts/{id}/reset", id).with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\":\"Reset#2026y\"}")).andExpect(status().isOk());
		assertThat(desk.get("/api/v1/schools").statusCode()).isEqualTo(401);
		assertThat(location(desk.get("/schools"))).contains("/login");
		assertThat(withToken(token, "/api/v1/accounts")).isEqualTo(401);
	}

	@Test
	void aLockoutEndsTheSessionsAndRefusesTheTokensWhileItLasts() throws Exception {
		long id = administrator("tx_rev_lock");
		String token = demo.callAs("tx_rev_lock", () -> accounts.issueToken("对接").token());
		FormClient desk = signedIn("tx_rev_lock", PASSWORD);
		assertThat(withToken(token, "/api/v1/accounts")).isEqualTo(200);
		for (int i = 0; i < LoginLockout.MAX_FAILURES; i++) {
			mvc.perform(formLogin().user("tx_rev_lock").password("Wrong#Pass" + i)).andExpect(unauthenticated());
		}
		assertThat(withToken(token, "/api/v1/accounts")).isEqualTo(401);
		assertThat(location(desk.get("/schools"))).endsWith("/login?changed");
		// A lockout is not a compromise: once unlocked, the integration works again.
		demo.runAs("tx_admin", () -> accounts.unlock(id));
		assertThat(withToken(token, "/api/v1/accounts")).isEqualTo(200);
	}

	@Test
	void aBearerTokenIsForTheApiOnlyAndNeverStandsInForAFormsCsrfToken() throws Exception {
		administrator("tx_rev_forms");
		long id = administrator("tx_rev_victim");
		String token = demo.callAs("tx_rev_forms", () -> accounts.issueToken("对接").token());
		HttpResponse<String> form = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/accounts/" + id + "/disable"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(""))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(403);
		assertThat(withToken(token, "/schools")).isEqualTo(403);
		assertThat(withToken(token, "/api/v1/schools")).isEqualTo(200);
		assertThat(demo.jdbc()
			.sql("select enabled from people.account where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
	}

}
