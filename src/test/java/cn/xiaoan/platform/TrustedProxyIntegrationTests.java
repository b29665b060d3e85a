package cn.xiaoan.platform;

import java.net.http.HttpResponse;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind an HTTPS reverse proxy: X-Forwarded-For and -Proto from a trusted proxy (the
 * default: loopback) make the client's address the one audited and the request secure
 * (HSTS, Secure cookies); from an address not in {@code xiaoan.trusted-proxies} they are
 * ignored.
 */
@PlatformTest
class TrustedProxyIntegrationTests {

	static final String CLIENT = "203.0.113.7";

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	ServletWebServerApplicationContext context;

	private FormClient behindProxy() {
		return new FormClient(port).withHeader("X-Forwarded-For", CLIENT).withHeader("X-Forwarded-Proto", "https");
	}

	private static List<String> cookies(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie");
	}

	private List<String> auditedAddresses(String username) {
		return demo.jdbc()
			.sql("select ip from audit.entry where username = :u and action = 'LOGIN_SUCCESS'")
			.param("u", username)
			.query(String.class)
			.list();
	}

	@Test
	void aTrustedProxyGivesTheClientsAddressAndHttps() throws Exception {
		FormClient browser = behindProxy();
		HttpResponse<String> page = browser.get("/login");
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
		assertThat(cookies(page)).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure"));
		// the client keeps a Secure cookie for HTTPS; here, behind the "proxy", it is
		// sent
		// over HTTP
		browser.useSession(cookies(page).get(0).replaceAll("^JSESSIONID=([^;]+);.*", "$1"));
		HttpResponse<String> signedIn = browser.post("/login",
				"username=cw_safety&password=" + FormClient.encode(Demo.PASSWORD) + "&remember=on");
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
		assertThat(cookies(signedIn))
			.anySatisfy(c -> assertThat(c).startsWith(LoginName.COOKIE + "=cw_safety").contains("Secure"));
		assertThat(auditedAddresses("cw_safety")).contains(CLIENT);
	}

	@Test
	void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
		RemoteIpValve valve = remoteIpValve();
		String before = valve.getInternalProxies();
		valve.setInternalProxies("192.0.2.1/32");
		try {
			FormClient browser = behindProxy();
			HttpResponse<String> page = browser.get("/login");
			assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
			assertThat(cookies(page)).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
			HttpResponse<String> signedIn = browser.post("/login",
					"username=cx_admin&password=" + FormClient.encode(Demo.PASSWORD) + "&remember=on");
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).doesNotStartWith("https://"));
			assertThat(cookies(signedIn)).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
			assertThat(auditedAddresses("cx_admin")).isNotEmpty().doesNotContain(CLIENT);
		}
		finally {
			valve.setInternalProxies(before);
		}
	}

	private RemoteIpValve remoteIpValve() {
		var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
		for (Valve valve : tomcat.getEngine().getPipeline().getValves()) {
			if (valve instanceof RemoteIpValve remoteIp) {
				return remoteIp;
			}
		}
		throw new AssertionError("no RemoteIpValve: forwarded headers are not configured");
	}

}
