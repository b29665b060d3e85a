package cn.xiaoan.probe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.shared.Role;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every role × every route (read from Spring MVC, so a new route is probed at once) ×
 * another tenant's objects: another province, and for school roles a neighbouring school
 * of the same county. Each probe must be refused (403/404; 400 for a write) when it names
 * the other tenant's object, must never answer 5xx, and no body (pages, JSON, workbooks)
 * may show a marker of the other tenant's data. Then each role against the routes its
 * role must not use on its own tenant.
 */
@PlatformTest
class RoleTenantProbeIntegrationTests {

	private static Tenant own;

	private static Tenant foreign;

	private static Tenant neighbour;

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	HazardManagement hazards;

	@Autowired
	EducationManagement education;

	@Autowired
	cn.xiaoan.emergency.DrillManagement drills;

	private record Outcome(int status, String body) {
	}

	@BeforeEach
	void tenants() throws Exception {
		if (own == null) {
			ProbeTenants tenants = new ProbeTenants(demo, mvc, hazards, education, drills);
			tenants.createPartners();
			long school = demo.schoolOf("principal");
			long yunnan = demo.schoolOf("principal2");
			assertThat(demo.jdbc()
				.sql("select region_code from org.school where id = :s")
				.param("s", yunnan)
				.query(String.class)
				.single()).startsWith("53");
			foreign = tenants.build("外省", yunnan, "sz_safety");
			neighbour = tenants.build("邻校",
					demo.schoolsIn("450422").stream().filter(id -> id != school).findFirst().orElseThrow(), null);
			own = tenants.build("本校", school, null);
		}
	}

	@Test
	void everyRoleHasAProber() {
		assertThat(ProbeTenants.PROBERS.keySet()).containsExactlyInAnyOrder(Role.values());
	}

	@Test
	void everyRoleIsRefusedAnotherTenantsObjectsOnEveryRouteAndNeverSeesThem() throws Exception {
		ProbeRoutes routes = ProbeRoutes.of(mapping);
		List<String> problems = new ArrayList<>();
		int probes = 0;
		long started = System.nanoTime();
		for (Role role : Role.values()) {
			String user = ProbeTenants.PROBERS.get(role);
			if (role == Role.SYSTEM_ADMIN) {
				continue; // the whole platform is the administrator's tenant
			}
			probes += probe(user, foreign, routes, problems);
			if (role.kind() == Role.Kind.SCHOOL || role.kind() == Role.Kind.SELF) {
				probes += probe(user, neighbour, routes, problems);
			}
		}
		for (String bureau : ProbeTenants.OTHER_LEVELS) {
			probes += probe(bureau, foreign, routes, problems);
		}
		System.out.printf(
				"role x tenant probe: %d routes, %d probes, %d problems, %d s; slowest routes (ms in all): %s%n",
				routes.routes().size(), probes, problems.size(), (System.nanoTime() - started) / 1_000_000_000,
				slowest());
		problems.forEach(System.out::println);
		assertThat(problems).isEmpty();
	}

	private int probe(String user, Tenant tenant, ProbeRoutes routes, List<String> problems) throws Exception {
		int n = 0;
		for (ProbeRoutes.Route route : routes.routes()) {
			Outcome outcome = perform(route, tenant, user);
			n++;
			String where = user + " → " + tenant.name() + " " + route + " = " + outcome.status();
			if (outcome.status() >= 500) {
				problems.add("5xx " + where + " " + outcome.body().lines().findFirst().orElse(""));
			}
			String leak = tenant.leakIn(outcome.body());
			if (leak != null) {
				problems.add("LEAK " + where + " shows " + leak);
			}
			boolean refused = outcome.status() == 403 || outcome.status() == 404
					|| (route.write() && outcome.status() == 400);
			if (route.tenanted() && !refused && outcome.status() < 500) {
				problems.add("NOT REFUSED " + where);
			}
		}
		return n;
	}

	/**
	 * The answer; an exception escaping the application counts as the 500 it would be.
	 */
	private Outcome perform(ProbeRoutes.Route route, Tenant tenant, String user) throws Exception {
		long start = System.nanoTime();
		try {
			MockHttpServletResponse response = mvc.perform(route.request(tenant).with(demo.as(user)).with(csrf()))
				.andReturn()
				.getResponse();
			return new Outcome(response.getStatus(), body(response));
		}
		catch (jakarta.servlet.ServletException ex) {
			Throwable cause = ex.getRootCause() != null ? ex.getRootCause() : ex;
			return new Outcome(500, String.valueOf(cause));
		}
		finally {
			spent.merge(route.toString(), System.nanoTime() - start, Long::sum);
		}
	}

	/**
	 * Time spent per route, so a slow route shows in the output (the suite's slowest
	 * class).
	 */
	private final java.util.Map<String, Long> spent = new java.util.concurrent.ConcurrentHashMap<>();

	private String slowest() {
		return spent.entrySet()
			.stream()
			.sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(8)
			.map(e -> e.getKey() + " " + e.getValue() / 1_000_000)
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** The text of a response; of a workbook, its cells. */
	private static String body(MockHttpServletResponse response) throws Exception {
		String type = response.getContentType() == null ? "" : response.getContentType();
		byte[] bytes = response.getContentAsByteArray();
		if (!type.contains("spreadsheet")) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		StringBuilder text = new StringBuilder();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("probe", ".xlsx");
		try {
			java.nio.file.Files.write(file, bytes);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry e : java.util.Collections.list(zip.entries())) {
					text.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		finally {
			java.nio.file.Files.delete(file);
		}
		return text.toString();
	}

	@Test
	void eachRoleIsRefusedTheRoutesItsRoleMustNotUse() throws Exception {
		ProbeRoutes routes = ProbeRoutes.of(mapping);
		List<String> problems = new ArrayList<>();
		int probes = 0;
		for (RoleRules.Rule rule : RoleRules.RULES) {
			for (ProbeRoutes.Route route : routes.routes()) {
				if (route.write() || !RoleRules.forbids(rule, route.pattern())) {
					continue;
				}
				Outcome outcome = perform(route, own, rule.user());
				probes++;
				// 400: the query the probe sends was refused before the permission was
				// asked
				if (outcome.status() != 403 && outcome.status() != 404 && outcome.status() != 400) {
					problems.add(rule.user() + " " + route + " = " + outcome.status()
							+ (outcome.status() >= 500 ? " " + outcome.body().lines().findFirst().orElse("") : ""));
				}
			}
		}
		System.out.printf("role rules: %d probes, %d problems%n", probes, problems.size());
		problems.forEach(System.out::println);
		assertThat(problems).isEmpty();
	}

}
