package cn.xiaoan.platform;

import java.net.http.HttpResponse;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances behind a load balancer share their sessions through PostgreSQL (ADR
 * 0046): a request may land on either, sign-in changes the session id (fixation), the
 * idle timeout travels with the session, and signing out on one ends it on both.
 */
@PlatformTest
class SharedSessionsAcrossInstancesIntegrationTests {

	@Autowired
	EmbeddedServer database;

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	@Test
	void aSessionSignedInOnOneInstanceWorksOnTheOtherUntilSignedOutThere() throws Exception {
		try (ConfigurableApplicationContext second = SecondInstance.start(database)) {
			FormClient first = new FormClient(port).openLogin();
			String before = first.sessionId();
			assertThat(first.login("tx_safety", Demo.PASSWORD).statusCode()).isEqualTo(302);
			String signedIn = first.sessionId();
			assertThat(signedIn).as("a new session id at sign-in").isNotNull().isNotEqualTo(before);
			assertThat(first.get("/hazards").statusCode()).isEqualTo(200);

			FormClient other = new FormClient(SecondInstance.port(second));
			other.useSession(signedIn);
			HttpResponse<String> page = other.get("/hazards");
			assertThat(page.statusCode()).as("the other instance knows the session").isEqualTo(200);
			assertThat(page.body()).contains("/logout");
			assertThat(demo.jdbc()
				.sql("select max_inactive_interval from sessions.spring_session where principal_name = 'tx_safety'")
				.query(Integer.class)
				.list()).as("the policy's idle timeout is kept with the shared session").contains(30 * 60);

			assertThat(other.post("/logout", "").statusCode()).isEqualTo(302);
			FormClient again = new FormClient(port);
			again.useSession(signedIn);
			assertThat(again.get("/hazards").statusCode()).as("signed out on the other instance: signed out here")
				.isIn(302, 401);
		}
	}

}
