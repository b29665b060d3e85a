package cn.xiaoan.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write route of the platform (POST, PUT, PATCH, DELETE) is in the coverage list
 * {@code audited-writes.txt} with the audit entry it leaves (entity type and action) or
 * the reason it leaves none (a sign-in, recorded as {@code LoginAttempted}; a write of
 * the caller's own preferences). A new write route fails this test until someone decides
 * how it is audited; a route that is gone must leave the list too.
 */
@PlatformTest
class AuditCoverageIntegrationTests {

	private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
			RequestMethod.DELETE);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MessageSource messages;

	@Test
	void everyWriteRouteIsInTheAuditCoverageList() throws IOException {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
				if (WRITES.contains(verb)) {
					info.getPatternValues().forEach(path -> routes.add(verb + " " + path));
				}
			}
		});
		Map<String, String> coverage = coverage();
		assertThat(routes).as("write routes without an entry in audited-writes.txt").isSubsetOf(coverage.keySet());
		assertThat(coverage.keySet()).as("entries of audited-writes.txt without a route").isSubsetOf(routes);
		assertThat(coverage).allSatisfy((route, audit) -> assertThat(audit).as(route)
			.matches("[a-z_.]+ [A-Z_]+(, [a-z_.]+ [A-Z_]+)*|none: .{10,}"));
	}

	/**
	 * The audit page names every entity and action of the list in Chinese, and offers
	 * them in its filters.
	 */
	@Test
	void everyAuditedEntityAndActionHasItsChineseLabelAndFilter() throws IOException {
		coverage().values()
			.stream()
			.filter(a -> !a.startsWith("none:"))
			.flatMap(a -> Arrays.stream(a.split(", ")))
			.forEach(audit -> {
				String[] parts = audit.split(" ");
				assertThat(messages.getMessage("audit.entity." + parts[0], null, null, Locale.CHINA)).as(audit)
					.isNotBlank();
				assertThat(messages.getMessage("audit.action." + parts[1], null, null, Locale.CHINA)).as(audit)
					.isNotBlank();
				assertThat(AuditLabels.KINDS).as(audit).contains(parts[0]);
				assertThat(AuditLabels.ACTIONS).as(audit).contains(parts[1]);
			});
	}

	/** route → "entity ACTION[, entity ACTION…]" or "none: why". */
	private static Map<String, String> coverage() throws IOException {
		Map<String, String> coverage = new LinkedHashMap<>();
		try (InputStream in = AuditCoverageIntegrationTests.class.getResourceAsStream("audited-writes.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.split("\\s*=\\s*", 2);
					assertThat(coverage.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "")).as(parts[0])
						.isNull();
				}
			}
		}
		return coverage;
	}

}
