package cn.xiaoan.people;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer-token calls run on a chain that keeps nothing between requests (ADR 0049): the
 * shared session table (ADR 0046) is never read or written for them, even when the client
 * sends a session cookie too; the token alone decides who calls, and the actuator still
 * wants a system administrator.
 */
@PlatformTest
class BearerTokenChainIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	AccountManagement accounts;

	@LocalServerPort
	int port;

	private HttpResponse<String> call(String path, String token, String sessionCookie) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token);
		if (sessionCookie != null) {
			request.header("Cookie", "JSESSIONID=" + sessionCookie);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long lastAccess(String cookie) {
		String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		return demo.jdbc()
			.sql("select last_access_time from sessions.spring_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	@Test
	void aTokenCallNeitherReadsNorRewritesTheSessionItsClientAlsoSends() throws Exception {
		String token = demo.callAs("tx_admin", () -> accounts.issueToken("chain").token());
		FormClient browser = new FormClient(port).openLogin();
		assertThat(browser.login("tx_safety", Demo.PASSWORD).statusCode()).isEqualTo(302);
		String session = browser.sessionId();
		long before = lastAccess(session);
		Thread.sleep(20);

		HttpResponse<String> response = call("/api/v1/accounts", token, session);

		assertThat(response.statusCode()).as("the token's administrator may list accounts").isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
		assertThat(lastAccess(session)).as("the session row is untouched by the token call").isEqualTo(before);
		assertThat(browser.get("/api/v1/accounts").statusCode()).as("the session alone is a safety officer's")
			.isEqualTo(403);
	}

	@Test
	void aTokenOfAnAdministratorBelowTheSystemIsRefusedAtTheActuatorAndAtPages() throws Exception {
		String token = demo.callAs("tx_admin", () -> accounts.issueToken("chain").token());

		assertThat(call("/actuator/metrics", token, null).statusCode()).isEqualTo(403);
		assertThat(call("/schools", token, null).statusCode()).as("tokens are for the API only").isEqualTo(403);
		assertThat(call("/api/v1/accounts", "xa_unknown", null).statusCode()).isEqualTo(401);
	}

}
