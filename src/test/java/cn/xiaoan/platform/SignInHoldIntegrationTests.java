package cn.xiaoan.platform;

import java.net.http.HttpResponse;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the first start's demo data is still being made, the login page says so and
 * nobody gets in: a sign-in goes back to the login page, the API answers 503 with
 * Retry-After, health is out of service; once released, signing in works.
 */
@PlatformTest
class SignInHoldIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SignInHold hold;

	@AfterEach
	void release() {
		while (hold.held()) {
			hold.release();
		}
	}

	@Test
	void whileHeldTheLoginPageSaysSoAndNoSignInGetsThrough() throws Exception {
		hold.hold();
		FormClient browser = new FormClient(port).openLogin();
		HttpResponse<String> page = browser.get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"login-preparing\"", "演示数据准备中");
		HttpResponse<String> signIn = browser.login("tx_safety", Demo.PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(browser.get("/hazards").statusCode()).isEqualTo(302);
		assertThat(browser.get("/public/bullying").statusCode()).isEqualTo(302);
	}

	@Test
	void whileHeldTheApiAnswers503WithRetryAfterAndHealthIsOutOfService() throws Exception {
		hold.hold();
		FormClient client = new FormClient(port);
		HttpResponse<String> api = client.get("/api/v1/hazards/statistics");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Retry-After")).hasValue(String.valueOf(SignInHoldFilter.RETRY_SECONDS));
		assertThat(api.body()).contains("\"status\":503");
		assertThat(client.get("/actuator/health").statusCode()).isEqualTo(503);
		assertThat(client.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
	}

	@Test
	void onceReleasedSigningInWorksAndTheNoticeIsGone() throws Exception {
		hold.hold();
		hold.release();
		FormClient browser = new FormClient(port).openLogin();
		assertThat(browser.get("/login").body()).doesNotContain("login-preparing");
		browser.login("tx_safety", Demo.PASSWORD);
		assertThat(browser.get("/hazards").statusCode()).isEqualTo(200);
		assertThat(new FormClient(port).get("/actuator/health").statusCode()).isEqualTo(200);
	}

}
