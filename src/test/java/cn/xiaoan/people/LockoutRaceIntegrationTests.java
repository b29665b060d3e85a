package cn.xiaoan.people;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.xiaoan.support.Concurrently;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lockout holds against a burst: forty wrong passwords sent at once for one account
 * over HTTP check at most five passwords (the rest are refused as locked without a hash
 * computed), and the account is locked once.
 */
@PlatformTest
class LockoutRaceIntegrationTests {

	static final int BURST = 40;

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	@Test
	void fortyParallelWrongPasswordsCheckAtMostFive() throws Exception {
		AccountIntegrationTests.create(mvc, demo, "tx_admin", """
				{"username":"tx_burst","displayName":"藤县 安全干部丁","role":"BUREAU_SAFETY_OFFICER",
				 "regionCode":"450422","initialPassword":"Start2026a"}""").andExpect(status().isCreated());
		List<FormClient> clients = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			clients.add(new FormClient(port).openLogin());
		}
		long checksBefore = checks();
		List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			FormClient client = clients.get(i);
			String password = "Wrong#Pass" + i;
			attempts.add(() -> client.login("tx_burst", password));
		}
		@SuppressWarnings("unchecked")
		List<HttpResponse<String>> answers = Concurrently.run(attempts.toArray(Callable[]::new));

		assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isIn(302, 429));
		assertThat(checks() - checksBefore).isLessThanOrEqualTo(LoginLockout.MAX_FAILURES);
		assertThat(audited("LOGIN_BAD_CREDENTIALS") + audited("LOGIN_LOCKED_OUT"))
			.isLessThanOrEqualTo(LoginLockout.MAX_FAILURES);
		assertThat(audited("LOGIN_LOCKED_OUT")).isEqualTo(1);
		HttpResponse<String> right = new FormClient(port).openLogin().login("tx_burst", "Start2026a");
		assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
	}

	private long checks() {
		var timer = meters.find("xiaoan.login.password.check").timer();
		return timer == null ? 0 : timer.count();
	}

	private int audited(String action) {
		return demo.jdbc()
			.sql("select count(*) from audit.entry where username = 'tx_burst' and action = :a")
			.param("a", action)
			.query(Integer.class)
			.single();
	}

}
