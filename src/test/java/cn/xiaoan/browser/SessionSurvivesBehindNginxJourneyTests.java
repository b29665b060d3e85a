package cn.xiaoan.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 16: behind Debian's nginx, configured from {@code deploy/nginx.conf.template}, an
 * official signs in on one instance; that instance dies; the next pages come from the
 * other instance and the official is still signed in and can sign out there (the CSRF
 * token lives in the shared session too). nginx runs unprivileged from a directory of its
 * own; without nginx or Chromium the test is skipped.
 */
@PlatformTest
class SessionSurvivesBehindNginxJourneyTests {

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	@Autowired
	EmbeddedServer database;

	@LocalServerPort
	int port;

	@Test
	void anOfficialSignedInOnAnInstanceThatDiesGoesOnWorkingOnTheOther() throws Exception {
		assumeTrue(Files.isExecutable(NGINX), "Debian's nginx is needed (apt-get install nginx)");
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
		ConfigurableApplicationContext first = SecondInstance.start(database);
		Process nginx = null;
		try {
			int front = freePort();
			// The instance about to die serves everything while it lives; the test's own
			// instance is the backup.
			nginx = nginx(front, "server 127.0.0.1:" + SecondInstance.port(first) + " max_fails=1 fail_timeout=5s;\n"
					+ "server 127.0.0.1:" + port + " backup;\n");
			// A fresh instance's first pages are slow on a busy machine; the browser
			// waits 10 s for a sign-in.
			warmUp(front);
			try (Browser browser = new Browser(front, 1366, 900)) {
				browser.login("tx_safety", Demo.PASSWORD);
				browser.open("/hazards");
				assertThat(browser.text()).contains("隐患");
				first.close();

				browser.open("/hazards");
				assertThat(browser.driver.getCurrentUrl()).as("still signed in on the other instance")
					.doesNotContain("/login");
				assertThat(browser.text()).contains("隐患");
				assertThat(browser.driver.getPageSource()).contains("/logout");
				browser.driver.executeScript("document.querySelector(\"form[action$='/logout']\").submit()");
				browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
				browser.open("/hazards");
				assertThat(browser.driver.getCurrentUrl()).as("signed out").contains("/login");
			}
		}
		finally {
			first.close();
			if (nginx != null) {
				nginx.destroy();
				nginx.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	private static Process nginx(int listen, String servers) throws IOException, InterruptedException {
		Path prefix = Files.createTempDirectory("xiaoan-nginx");
		Files.createDirectories(prefix.resolve("tmp"));
		Files.writeString(prefix.resolve("servers.conf"), servers);
		String conf = Files.readString(Path.of("deploy/nginx.conf.template"))
			.replace("@PREFIX@", prefix.toString())
			.replace("@LISTEN@", "127.0.0.1:" + listen);
		Files.writeString(prefix.resolve("nginx.conf"), conf);
		Process process = new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-c",
				prefix.resolve("nginx.conf").toString(), "-e", prefix.resolve("error.log").toString(), "-g",
				"daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(prefix.resolve("out.log").toFile())
			.start();
		for (int i = 0; i < 50 && process.isAlive(); i++) {
			try (java.net.Socket s = new java.net.Socket("127.0.0.1", listen)) {
				return process;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("error.log")));
	}

	private static void warmUp(int front) throws IOException, InterruptedException {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + front + "/login"))
			.timeout(java.time.Duration.ofSeconds(60))
			.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
