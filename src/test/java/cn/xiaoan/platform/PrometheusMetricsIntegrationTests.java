package cn.xiaoan.platform;

import java.net.http.HttpResponse;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus endpoint answers a scraper on the same host and a system administrator,
 * never the public (a client through the reverse proxy) nor another signed-in role; it
 * carries the meters the Grafana dashboard plots (deploy/grafana/xiaoan.json).
 */
@PlatformTest
class PrometheusMetricsIntegrationTests {

	static final String CLIENT = "203.0.113.9";

	@LocalServerPort
	int port;

	@Test
	void aScraperOnTheSameHostReadsTheDashboardsMeters() throws Exception {
		FormClient browser = new FormClient(port);
		browser.get("/login");
		HttpResponse<String> scrape = browser.get(MetricsScrapers.PATH);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("http_server_requests_seconds_bucket{")
			.contains("uri=\"/login\"")
			.contains("hikaricp_connections_active")
			.contains("cache_gets_total{", "cache=\"people.bearer-tokens\"", "cache=\"quiz.lessons\"")
			.contains("xiaoan_job_since_success_seconds{", "task=\"RateRollup.fold\"")
			.contains("xiaoan_rollup_pending{")
			.contains("xiaoan_login_gate_rejected_total{", "xiaoan_login_gate_running")
			.contains("logback_events_total{", "level=\"warn\"");
		assertThat(((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory())
			.getTurboFilterList()).as("no turbo filter consulted on every isDebugEnabled() (issue 16)").isEmpty();
	}

	@Test
	void aClientThroughTheProxyIsRefusedWithoutSigningIn() throws Exception {
		HttpResponse<String> scrape = new FormClient(port).withHeader("X-Forwarded-For", CLIENT)
			.get(MetricsScrapers.PATH);
		assertThat(scrape.statusCode()).isNotEqualTo(200);
		assertThat(scrape.body()).doesNotContain("http_server_requests");
	}

	@Test
	void anotherRoleThroughTheProxyIsRefusedAndTheSystemAdministratorServed() throws Exception {
		FormClient official = new FormClient(port).withHeader("X-Forwarded-For", CLIENT).openLogin();
		official.login("tx_safety", Demo.PASSWORD);
		assertThat(official.get(MetricsScrapers.PATH).statusCode()).isEqualTo(403);
		FormClient admin = new FormClient(port).withHeader("X-Forwarded-For", CLIENT).openLogin();
		admin.login("admin", Demo.PASSWORD);
		HttpResponse<String> scrape = admin.get(MetricsScrapers.PATH);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("xiaoan_job_since_success_seconds");
	}

	@Test
	void aForwardingHeaderFromAnUntrustedHopIsNotTakenForLocal() {
		var request = new org.springframework.mock.web.MockHttpServletRequest("GET", MetricsScrapers.PATH);
		request.setRemoteAddr("127.0.0.1");
		assertThat(MetricsScrapers.local(request)).isTrue();
		request.addHeader("X-Real-IP", CLIENT);
		assertThat(MetricsScrapers.local(request)).isFalse();
	}

}
