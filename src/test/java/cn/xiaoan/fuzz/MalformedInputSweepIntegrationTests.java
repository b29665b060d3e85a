package cn.xiaoan.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.xiaoan.support.Demo;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Malformed input never gets a server error: every operation of {@code /v3/api-docs} and
 * every HTML form's POST route is sent missing bodies, wrong types, huge strings, NUL
 * bytes, negative, huge and non-numeric numbers, impossible and far dates, unknown
 * choices, empty multiparts and odd unicode, as six callers from the system administrator
 * to a student and a police liaison. Some of this input is accepted (plausible values,
 * far dates, odd unicode), so the sweep writes: it runs on a platform of its own
 * ({@code target/fuzz-pg}), never on the demo data other tests share, and stops it after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "xiaoan.embedded-db.data-dir=target/fuzz-pg", "xiaoan.embedded-db.clean=true",
				"xiaoan.data-key-file=target/fuzz-keys/personal-data.key", "xiaoan.files.dir=target/fuzz-files",
				"xiaoan.demo.enabled=true", "xiaoan.demo.background=false", "xiaoan.demo.schools-per-county=1",
				"spring.thymeleaf.cache=true" })
@AutoConfigureMockMvc
@DirtiesContext // its own platform stops once swept: the suite's heap holds the shared
				// one
class MalformedInputSweepIntegrationTests {

	/**
	 * Inputs per route and caller: six callers × 3 send each of the fourteen kinds at
	 * least once.
	 */
	private static final int INPUTS_PER_CALLER = Integer.getInteger("xiaoan.fuzz.inputs-per-caller", 3);

	private static final long SEED = Long.getLong("xiaoan.fuzz.seed", 20261202L);

	private static final Map<String, String> CALLERS = new LinkedHashMap<>();

	static {
		CALLERS.put("system administrator", "admin");
		CALLERS.put("county officer", "tx_admin");
		CALLERS.put("principal", "principal");
		CALLERS.put("head teacher", "headteacher");
		CALLERS.put("student", "student");
		CALLERS.put("police liaison", "police");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@Test
	void noMalformedInputGetsAServerError() throws Exception {
		long start = System.nanoTime();
		HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		int heldBefore = pool.getActiveConnections();
		String document = mvc.perform(get("/v3/api-docs").with(demo.as("admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Route> api = new ArrayList<>(ApiOperations.of(JsonMapper.builder().build().readTree(document)));
		api.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
		List<Route> forms = FormRoutes.of(mappings);
		assertThat(api).hasSizeGreaterThan(50);
		assertThat(forms).hasSizeGreaterThan(30);

		Map<String, RequestPostProcessor> callers = new LinkedHashMap<>();
		CALLERS.forEach((role, username) -> callers.put(role, demo.as(username)));
		// the demo school of the principal, head teacher and student, in the county
		// officer's
		// and the police liaison's 藤县
		Sweep sweep = new Sweep(mvc, callers, demo.schoolOf("principal"), INPUTS_PER_CALLER, SEED);
		api.forEach(sweep::send);
		int apiRequests = sweep.sent();
		forms.forEach(sweep::send);

		System.out.printf(
				"Malformed-input sweep: %d API operations and %d form routes × %d callers × up to %d inputs"
						+ " = %d requests (%d to the API) in %d s; answers %s; %d server errors%n",
				api.size(), forms.size(), callers.size(), INPUTS_PER_CALLER, sweep.sent(), apiRequests,
				(System.nanoTime() - start) / 1_000_000_000, sweep.statuses(), sweep.findings().size());
		System.out.println("Slowest routes: " + sweep.slowest(10));
		sweep.findings().forEach(f -> System.out.println("  5xx: " + f));
		assertThat(sweep.findings()).as("requests answered with a server error").isEmpty();
		// a request that keeps its pooled connection leaves the next ones waiting for
		// good
		long deadline = System.currentTimeMillis() + 5_000;
		while (pool.getActiveConnections() > heldBefore && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(pool.getActiveConnections()).as("pooled connections still held after the sweep")
			.isLessThanOrEqualTo(heldBefore);
	}

}
