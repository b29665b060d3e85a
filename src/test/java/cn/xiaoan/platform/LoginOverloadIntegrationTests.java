package cn.xiaoan.platform;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform's own gate, filled up for a moment: sign-ins are refused with 429 and
 * Retry-After, and come through again once the gate drains.
 */
@PlatformTest
class LoginOverloadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordCheckGate gate;

	@LocalServerPort
	int port;

	@Test
	void aFullGateAnswersBothLoginsWith429AndTheyWorkAgainOnceItDrains() throws Exception {
		String base = "http://localhost:" + port;
		ExecutorService pool = Executors.newCachedThreadPool();
		CountDownLatch release = new CountDownLatch(1);
		List<CompletableFuture<Object>> held = new ArrayList<>();
		try {
			for (int i = 0; i < gate.concurrency() + gate.room(); i++) {
				held.add(CompletableFuture.supplyAsync(() -> gate.check(() -> {
					try {
						return release.await(20, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return false;
					}
				}), pool));
			}
			for (int i = 0; i < 200 && gate.admits(); i++) {
				Thread.sleep(10);
			}
			assertThat(gate.admits()).isFalse();

			mvc.perform(formLogin().user("yn_safety").password("Xiaoan@2026"))
				.andExpect(forwardedUrl(LoginOverloaded.BUSY_PAGE));
			// Over real HTTP, as a browser: the login page again, with 429 and
			// Retry-After.
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String page = browser
				.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
				.body();
			String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
			HttpResponse<String> busy = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=yn_safety&password=Xiaoan%402026&_csrf=" + csrf))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(busy.statusCode()).isEqualTo(429);
			long retry = Long.parseLong(busy.headers().firstValue("Retry-After").orElseThrow());
			assertThat(retry).isBetween(1L, PasswordCheckGate.LONGEST_RETRY.toSeconds());
			assertThat(busy.body()).contains("登录人数较多，请约 " + retry + " 秒后再试", "name=\"password\"");
			mvc.perform(post("/api/v1/session").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"yn_safety\",\"password\":\"Xiaoan@2026\"}"))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().exists("Retry-After"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(429));
		}
		finally {
			release.countDown();
			CompletableFuture.allOf(held.toArray(CompletableFuture[]::new))
				.exceptionally(ex -> null)
				.get(30, TimeUnit.SECONDS);
			pool.shutdown();
		}
		mvc.perform(post("/api/v1/session").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"yn_safety\",\"password\":\"Xiaoan@2026\"}")).andExpect(status().isOk());
	}

}
